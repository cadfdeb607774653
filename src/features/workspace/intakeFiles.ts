import type { WorkspaceArticle } from '../../domain/workspace/story';
import { savedPageText } from './savedPage';

/** An article ready for the pipeline: its text as UTF-8 bytes, and where it came from. */
export interface IncomingArticle {
  origin: string;
  format: WorkspaceArticle['format'];
  bytes: Uint8Array;
}

/** The largest file taken in (a long article is a few hundred kB; a saved page a few MB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const FORMATS: Record<string, IncomingArticle['format']> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

/** The format a file name says, or null for any other kind of file. */
export function formatOf(name: string): IncomingArticle['format'] | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return FORMATS[ext] ?? null;
}

/**
 * Reads a dropped or picked file: `.txt` and `.md` as they are (the pipeline decodes them
 * strictly as UTF-8), a saved web page `.html` reduced to its article's text. Anything else, a
 * file too large, or a page that is not UTF-8 is refused with a message naming the file.
 */
export async function incomingFromFile(
  file: File,
): Promise<{ ok: true; article: IncomingArticle } | { ok: false; message: string }> {
  const format = formatOf(file.name);
  if (format === null) {
    return { ok: false, message: `${file.name}: not a .txt, .md or .html file` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `${file.name}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (format !== 'html') return { ok: true, article: { origin: file.name, format, bytes } };
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file.name}: not valid UTF-8 (save the page as UTF-8)` };
  }
  const text = savedPageText(html);
  if (text.trim() === '')
    return { ok: false, message: `${file.name}: no article text found in the page` };
  return {
    ok: true,
    article: { origin: file.name, format, bytes: new TextEncoder().encode(text) },
  };
}

/** Pasted text as an article. */
export function incomingFromPaste(text: string): IncomingArticle {
  return { origin: 'pasted text', format: 'pasted', bytes: new TextEncoder().encode(text) };
}
