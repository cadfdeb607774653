/**
 * Article text written into what the editor reads and runs: a shell command printed for them
 * to copy, and review.md, which a Markdown viewer renders. Neither may carry the article's
 * markup or a file name's shell syntax through.
 */

/** One shell word (POSIX sh): as it is when plainly safe, otherwise in single quotes. */
export function shellWord(value: string): string {
  if (/^[\w./=:@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A Markdown code span holding `text` literally: no HTML, link, image or emphasis in it is
 * rendered. The fence is one backtick longer than the longest run inside, line breaks become
 * spaces, and a space pads text that starts or ends with a backtick.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Prose that may hold a file name, for a Markdown line: the characters that start HTML, an
 * entity, a link, an image or a code span are backslash-escaped, so they show as written.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\<>&[\]!`]/g, (c) => `\\${c}`);
}
