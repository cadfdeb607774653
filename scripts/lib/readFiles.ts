import { readFileSync } from 'node:fs';

/** A file's contents, or why they cannot be read, in words for a problem report. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A file's bytes; a folder (a directory named `x.txt`), a missing or unreadable file is a message. */
export function readBytes(file: string): Read<Uint8Array> {
  try {
    return { ok: true, value: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, message: 'is a folder, not a file' };
    if (code === 'ENOENT') return { ok: false, message: 'file is missing' };
    return { ok: false, message: `cannot read the file (${code ?? (error as Error).message})` };
  }
}

/**
 * A file's text, decoded as strict UTF-8: a byte sequence that is not UTF-8 is a message rather
 * than a silent U+FFFD in the data. A leading byte-order mark is dropped.
 */
export function readUtf8(file: string): Read<string> {
  const read = readBytes(file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(read.value) };
  } catch {
    return { ok: false, message: 'not valid UTF-8' };
  }
}

/** A JSON file read with `readUtf8`, then parsed. */
export function readJsonFile(file: string): Read<unknown> {
  const read = readUtf8(file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.value) as unknown };
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
}
