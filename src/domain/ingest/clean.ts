/**
 * Cleaning a scraped article: separate the headline and byline from the body, drop scraping
 * junk, and keep every body sentence exactly as received (only surrounding whitespace,
 * including a trailing no-break space, is trimmed).
 */

/** A line the cleaner dropped, with its 1-based line number in the raw file. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

/** An author + outlet credit line such as "Chris Lange, FISM News". */
export interface Credit {
  author: string;
  outlet: string;
  line: string;
}

/** The result of `cleanArticle`. */
export interface CleanedArticle {
  /** The detected headline, or null when the text starts straight with the body. */
  headline: string | null;
  /** A "by <name>" line as printed, or null. */
  byline: string | null;
  /** An "Author, Outlet" credit line, or null. */
  credit: Credit | null;
  /** Body paragraphs, byte for byte as in the raw file apart from trimming. */
  paragraphs: string[];
  /** Indexes into `paragraphs` of in-body section sub-headings. */
  headings: number[];
  /** Every dropped junk line, in file order. */
  removed: RemovedLine[];
}

/** A single-line junk rule: the line is dropped when `pattern` matches it (trimmed). */
interface JunkRule {
  pattern: RegExp;
  reason: string;
}

/** Whole lines that are scraping junk, wherever they appear. */
const LINE_JUNK: readonly JunkRule[] = [
  { pattern: /^Spread the love$/i, reason: 'social-sharing widget text' },
  { pattern: /^\[ad_\d+\]$/i, reason: 'ad placeholder marker' },
  { pattern: /^Source link$/i, reason: 'scraper "Source link" footer' },
  { pattern: /^Tags:/, reason: 'tag list footer' },
  { pattern: /^Leave a Reply$/i, reason: 'comment form' },
  { pattern: /^Your email address will not be published/i, reason: 'comment form' },
  { pattern: /^More information$/i, reason: '"More information" link footer' },
  { pattern: /^Recomendaciones\s+\S/, reason: 'recommendation footer' },
  { pattern: /^(?:sign up|subscribe)\b.*\bnewsletters?\b/i, reason: 'newsletter footer' },
  { pattern: /^Suscr[ií]bete\b/i, reason: 'newsletter footer' },
];

/**
 * The first line of a comment section scraped from another page: `<name or URL> in: <title>`
 * ("admin in: …", "https://spam.example/… in: …"). Everything from it to the end is junk.
 */
const COMMENT_SECTION_START =
  /^(?:https?:\/\/\S+|[\p{L}\p{N}_.'’-]+(?: [\p{L}\p{N}_.'’-]+){0,3}) in: \S/u;

/**
 * Junk that must not survive anywhere inside a shipped text (used by validation). Short
 * footers ("Source link", "Leave a Reply") count only as whole lines: as words they are prose.
 */
const INLINE_JUNK: readonly JunkRule[] = [
  { pattern: /\bSpread the love\b/i, reason: 'social-sharing widget text' },
  { pattern: /\[ad_\d+\]/i, reason: 'ad placeholder marker' },
  { pattern: /Your email address will not be published/i, reason: 'comment form' },
  { pattern: /\bRecomendaciones EL PA[IÍ]S\b/i, reason: 'recommendation footer' },
  { pattern: /just became aware of your blog/i, reason: 'comment spam' },
];

/** The reason a whole (trimmed) line is junk, or null. */
export function junkLineReason(line: string): string | null {
  for (const rule of LINE_JUNK) if (rule.pattern.test(line)) return rule.reason;
  if (COMMENT_SECTION_START.test(line)) return 'comment section from an unrelated page';
  return null;
}

/**
 * Every junk pattern found in `text` (line rules per line, inline rules anywhere).
 * An empty list means the text is clean.
 */
export function findJunk(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const reason = junkLineReason(line.trim());
    if (reason) found.add(reason);
  }
  for (const rule of INLINE_JUNK) if (rule.pattern.test(text)) found.add(rule.reason);
  return [...found];
}

const TERMINAL = /[.!?…][\])"'”’]*$/u;
const HEADLINE_MAX = 140;
const HEADING_MAX = 100;

/** True when a line ends like a sentence (terminal punctuation, maybe inside closing quotes). */
export function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line);
}

const BYLINE = /^by\s+\S.{0,40}$/i;
// "Chris Lange, FISM News": two to four capitalised name words, a comma, a short outlet name.
const CREDIT =
  /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}), (\p{Lu}[\p{L}\p{N}&.'’ -]{1,40})$/u;

/**
 * Cleans one raw article. Paragraphs are split on newlines (a blank line is not required:
 * some files put one paragraph per line). The headline is the first line when it is short,
 * has no terminal punctuation and more text follows; byline/credit lines are recognised only
 * directly after it. A sub-heading is a short body line without terminal punctuation that
 * follows a finished sentence and is followed by more body text.
 */
export function cleanArticle(raw: string): CleanedArticle {
  const removed: RemovedLine[] = [];
  const lines: { line: number; text: string }[] = [];
  let inComments = false;
  raw.split(/\r?\n/).forEach((rawLine, i) => {
    const text = rawLine.trim();
    if (text === '') return;
    if (!inComments && COMMENT_SECTION_START.test(text)) inComments = true;
    const reason = inComments ? 'comment section from an unrelated page' : junkLineReason(text);
    if (reason) removed.push({ line: i + 1, text, reason });
    else lines.push({ line: i + 1, text });
  });

  let headline: string | null = null;
  let byline: string | null = null;
  let credit: Credit | null = null;
  let body = lines.map((l) => l.text);
  const first = body[0];
  if (
    first !== undefined &&
    body.length > 1 &&
    first.length <= HEADLINE_MAX &&
    !endsLikeSentence(first)
  ) {
    headline = first;
    body = body.slice(1);
    // Byline and credit lines sit between the headline and the body, in either order.
    for (;;) {
      const next = body[0];
      if (next === undefined) break;
      if (byline === null && BYLINE.test(next)) {
        byline = next;
      } else if (credit === null && CREDIT.test(next)) {
        const m = CREDIT.exec(next);
        credit = { author: m?.[1] ?? '', outlet: m?.[2] ?? '', line: next };
      } else break;
      body = body.slice(1);
    }
  }

  const headings: number[] = [];
  body.forEach((p, i) => {
    const prev = body[i - 1];
    if (
      prev !== undefined &&
      i + 1 < body.length &&
      p.length <= HEADING_MAX &&
      /^\p{Lu}/u.test(p) &&
      !endsLikeSentence(p) &&
      endsLikeSentence(prev)
    ) {
      headings.push(i);
    }
  });

  return { headline, byline, credit, paragraphs: body, headings, removed };
}
