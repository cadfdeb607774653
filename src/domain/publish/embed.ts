/** Text for a double-quoted HTML attribute. */
const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed's size in the snippet: the page's column width, tall enough for the details. */
export const EMBED_HEIGHT = 560;

/**
 * The `<iframe>` a site pastes to embed a view: its title names the view for screen readers,
 * it loads only when scrolled near, and it takes the width of the column it is put in.
 */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" loading="lazy"></iframe>`;
}
