/** A sentence of a paragraph with its UTF-16 offset. */
export interface Sentence {
  text: string;
  start: number;
}

// Words after which a period does not end a sentence ("Mr. Medinsky", "Feb. 24", "U.S. aid").
const ABBREVIATION =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|[A-Z])\.$/;

/**
 * Splits a paragraph into sentences: a boundary is terminal punctuation (plus closing quotes)
 * followed by whitespace and an upper-case letter or an opening quote, unless the period ends
 * a known abbreviation or an initial. Good enough for news prose; offsets are exact.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?…]["”’']*(?=\s+[“"‘\p{Lu}])/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[0].length;
    const upToPeriod = paragraph.slice(start, m.index + 1);
    if (m[0].startsWith('.') && ABBREVIATION.test(upToPeriod)) continue;
    out.push({ text: paragraph.slice(start, end), start });
    const next = /\S/.exec(paragraph.slice(end));
    start = end + (next ? next.index : 0);
  }
  if (start < paragraph.length) out.push({ text: paragraph.slice(start), start });
  return out;
}
