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

// A start tag, its quoted attribute values skipped over whole (a `>` inside one ends nothing).
const START_TAG = /<[a-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
// Inside a start tag: a quoted value (kept as it is) or an attribute name starting with "on".
const HANDLER_NAME = /("[^"]*"|'[^']*')|([\s/])(on[\w-]*)/gi;

/**
 * The page with its inline event handlers renamed (`onerror` → `data-inert-onerror`) before it
 * is parsed: Chromium checks such an attribute against the page's CSP as soon as a parser sets
 * it, even in an inert document, and reports a violation for every one (nothing runs either
 * way). A tag this misreads keeps its handler, which the CSP refuses, and is parsed as before.
 */
export function withoutHandlers(html: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.replace(HANDLER_NAME, (match, quoted: string | undefined, before: string, name: string) =>
      quoted === undefined ? `${before}data-inert-${name}` : match,
    ),
  );
}

/**
 * Takes out of a parsed page what could act rather than read: inline event handlers (an image
 * that fails in the parsed document would try its `onerror`, which the page's CSP then
 * refuses), and scripts, frames, embeds and `noscript` blocks (whose markup Readability would
 * parse again). Done at once after parsing, before any event of the parsed document is handled.
 */
function disarm(doc: Document): void {
  for (const el of doc.querySelectorAll(
    'script, noscript, iframe, frame, object, embed, template',
  )) {
    el.remove();
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name) || name === 'src' || name === 'srcset') el.removeAttribute(name);
    }
  }
}

/**
 * A saved web page reduced to its article's text, one paragraph a line: the headline, a
 * "By …" line when the page names an author, then the body's paragraphs, as Mozilla's
 * Readability finds them. The page is parsed with DOMParser into an inert document (its
 * scripts never run, nothing it references is fetched) and disarmed; it is never rendered or
 * inserted into this page, and only text comes out. A page Readability cannot read gives its body's blocks.
 */
export function savedPageText(html: string): string {
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  disarm(doc);
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
