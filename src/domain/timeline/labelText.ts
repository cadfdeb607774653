/* A label's words: its width estimate, and the title shortened or wrapped to fit. */

/** Average glyph width of the UI font, as a fraction of its size (no DOM measuring). */
const GLYPH = 0.56;

/** Estimated width in px of `text` at `fontPx` (deterministic; no layout reads per frame). */
export function estimateTextWidth(text: string, fontPx = 11): number {
  return Math.ceil(text.length * fontPx * GLYPH);
}

/** Shortens a title to `max` characters at a word boundary, with an ellipsis. */
export function truncateLabel(text: string, max = 34): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Splits a title into two lines at the word break nearest its middle, each at most `max`
 * characters (the second shortened with an ellipsis if the title is longer still); null for a
 * title with no break or short enough for one line.
 */
export function wrapLabel(text: string, max = 30): [string, string] | null {
  if (text.length <= 20) return null;
  const mid = Math.min(text.length / 2, max);
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (i > max) break;
    if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  }
  if (best === -1) return null;
  return [text.slice(0, best), truncateLabel(text.slice(best + 1), max)];
}

/**
 * Splits a title into three lines at the word breaks that make its longest line shortest (of
 * those, the most even); null for a title of fewer than three words or short enough for one line.
 */
export function wrapLabel3(text: string): [string, string, string] | null {
  const words = text.split(' ');
  if (text.length <= 20 || words.length < 3) return null;
  let best: [string, string, string] | null = null;
  let score = Infinity;
  for (let i = 1; i < words.length - 1; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const lines: [string, string, string] = [
        words.slice(0, i).join(' '),
        words.slice(i, j).join(' '),
        words.slice(j).join(' '),
      ];
      const lengths = lines.map((l) => l.length);
      // The longest line first, then the spread (sum of squares) among equal longest lines.
      const next = Math.max(...lengths) * 1e4 + lengths.reduce((sum, n) => sum + n * n, 0);
      if (next < score) [best, score] = [lines, next];
    }
  }
  return best;
}
