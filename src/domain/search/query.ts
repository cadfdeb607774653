/** The longest search a link keeps; longer text is cut (a person does not search a page). */
export const MAX_QUERY_LENGTH = 200;

// A lone surrogate cannot be percent-encoded (encodeURIComponent throws), so it is replaced.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// oxlint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * The canonical form of a search: control characters removed, whitespace runs collapsed to
 * one space, trimmed, at most `MAX_QUERY_LENGTH` code points. Equal searches give equal links,
 * and the function is idempotent (the URL round trip relies on it).
 */
export function normaliseQuery(text: string): string {
  const clean = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const points = Array.from(clean);
  return points.length > MAX_QUERY_LENGTH
    ? points.slice(0, MAX_QUERY_LENGTH).join('').trimEnd()
    : clean;
}
