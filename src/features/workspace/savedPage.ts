import { Readability } from '@mozilla/readability';

// Elements whose text is one paragraph of the article (the innermost of them, so a list item
// holding paragraphs is read paragraph by paragraph).
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** The text of each innermost block under `root`, whitespace collapsed, empty ones dropped. */
function blockTexts(root: Element): string[] {
  return [...root.querySelectorAll(BLOCKS)]
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

/**
 * A saved web page reduced to its article's text, one paragraph a line: the headline, a
 * "By …" line when the page names an author, then the body's paragraphs, as Mozilla's
 * Readability finds them. The page is parsed with DOMParser into an inert document: its
 * scripts never run, nothing it references is fetched, and it is never rendered or inserted
 * into this page; only text comes out. A page Readability cannot read gives its body's blocks.
 */
export function savedPageText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const fallbackTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const fallback = blockTexts(doc.body);
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  const body = article?.content ? blockTexts(article.content) : fallback;
  const title = (article?.title ?? fallbackTitle).replace(/\s+/g, ' ').trim();
  const byline = (article?.byline ?? '').replace(/\s+/g, ' ').trim();
  const lines = [
    ...(title !== '' && body[0] !== title ? [title] : []),
    ...(byline !== '' && byline.length <= 40
      ? [/^by\s/i.test(byline) ? byline : `By ${byline}`]
      : []),
    ...body,
  ];
  return lines.join('\n\n');
}
