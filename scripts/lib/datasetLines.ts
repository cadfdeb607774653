/**
 * A compiled dataset written one record per line: still one JSON document (JSON.parse reads it
 * as before), but a reader can take it a line at a time, so neither writing nor reading needs
 * the whole of a million-event dataset in memory. The layout:
 *
 *     {"story":{…},
 *     "actors":[
 *     {…},
 *     {…}
 *     ],
 *     …
 *     "mentions":[
 *     {…}
 *     ]}
 *
 * JSON.stringify escapes every line break inside strings, so a record never spans lines.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Dataset } from '../../src/domain/types.ts';

/** The collections, in the order they are written. */
export const COLLECTIONS = [
  'actors',
  'places',
  'quantities',
  'claims',
  'articles',
  'events',
  'mentions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

const FLUSH_CHARS = 1 << 20;

/** A file written through a buffer of about a megabyte. */
class LineFile {
  private fd: number;
  private buffer = '';
  count = 0;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }
  write(text: string) {
    this.buffer += text;
    if (this.buffer.length > FLUSH_CHARS) this.flush();
  }
  record(value: unknown) {
    this.write(`${this.count++ === 0 ? '' : ',\n'}${JSON.stringify(value)}`);
  }
  writeBytes(bytes: Uint8Array) {
    this.flush();
    writeSync(this.fd, bytes);
  }
  flush() {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes a dataset whose events, articles and mentions arrive one at a time (each kept in a
 * temporary file beside `out` until `finish`). Nothing appears at `out` until `finish` has
 * written it whole; `abort` removes the temporary files.
 */
export function createDatasetWriter(out: string) {
  const tmp = `${out}.tmp-${process.pid}`;
  const parts = {
    articles: new LineFile(`${tmp}.articles`),
    events: new LineFile(`${tmp}.events`),
    mentions: new LineFile(`${tmp}.mentions`),
  };
  const remove = () => {
    for (const part of Object.values(parts)) rmSync(part.file, { force: true });
    rmSync(tmp, { force: true });
  };
  return {
    event: (value: unknown) => parts.events.record(value),
    article: (value: unknown) => parts.articles.record(value),
    mention: (value: unknown) => parts.mentions.record(value),
    counts: () => ({
      events: parts.events.count,
      articles: parts.articles.count,
      mentions: parts.mentions.count,
    }),
    /** Puts the document together from the fixed parts and the streamed collections. */
    finish(head: Omit<Dataset, 'articles' | 'events' | 'mentions'>) {
      for (const part of Object.values(parts)) part.close();
      const whole = new LineFile(tmp);
      whole.write(`{"story":${JSON.stringify(head.story)}`);
      for (const name of COLLECTIONS) {
        whole.write(`,\n${JSON.stringify(name)}:[`);
        const streamed = name === 'articles' || name === 'events' || name === 'mentions';
        const count = streamed ? parts[name].count : head[name].length;
        if (count > 0) whole.write('\n');
        if (streamed) copyInto(whole, parts[name].file);
        else
          head[name].forEach((value, i) =>
            whole.write(`${i ? ',\n' : ''}${JSON.stringify(value)}`),
          );
        whole.write(count > 0 ? '\n]' : ']');
      }
      whole.write('}\n');
      whole.close();
      renameSync(tmp, out);
      remove();
    },
    abort: remove,
  };
}

function copyInto(target: LineFile, source: string) {
  const fd = openSync(source, 'r');
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      target.writeBytes(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

/** One line of a dataset file: the story, or one record of a collection (as JSON text). */
export type DatasetLine = ({ kind: 'story' } | { kind: 'record'; collection: Collection }) & {
  json: string;
  /** Where the record's text starts in the file, and its length, in bytes. */
  offset: number;
  bytes: number;
};

const OPEN = /^"(\w+)":\[(\])?,?$/;

/**
 * Reads a dataset written one record per line, a line at a time (a megabyte of the file in
 * memory). Throws, naming the file and line, on anything else: a dataset in another layout
 * is read whole with JSON.parse instead.
 */
export function* readDatasetLines(file: string): Generator<DatasetLine> {
  let collection: Collection | null = null;
  let number = 0;
  for (const { text: raw, offset } of lines(file)) {
    number++;
    const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    const open = OPEN.exec(raw);
    if (number === 1 && line.startsWith('{"story":')) {
      const json = line.slice('{"story":'.length);
      yield { kind: 'story', json, offset: offset + 9, bytes: Buffer.byteLength(json) };
    } else if (open) {
      const name = open[1] as Collection;
      if (!COLLECTIONS.includes(name))
        throw new Error(`${file}: line ${number}: unknown collection "${name}"`);
      collection = open[2] ? null : name;
    } else if (line === ']' || line === ']}') {
      collection = null;
    } else if (collection && line.startsWith('{')) {
      yield { kind: 'record', collection, json: line, offset, bytes: Buffer.byteLength(line) };
    } else if (line !== '') {
      throw new Error(`${file}: line ${number}: not a dataset written one record per line`);
    }
  }
}

/** Reads `bytes` bytes at `offset` of an open file, as text. */
export function readAt(fd: number, offset: number, bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  let done = 0;
  while (done < bytes) {
    const read = readSync(fd, buffer, done, bytes - done, offset + done);
    if (read === 0) throw new Error(`unexpected end of file at byte ${offset + done}`);
    done += read;
  }
  return buffer.toString('utf8');
}

/** The lines of a file with the byte offset of each, read a megabyte at a time. */
function* lines(file: string): Generator<{ text: string; offset: number }> {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let rest: Buffer = Buffer.alloc(0);
  let restOffset = 0;
  let position = 0;
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const data = rest.length
        ? Buffer.concat([rest, chunk.subarray(0, read)])
        : chunk.subarray(0, read);
      let from = 0;
      for (let nl = data.indexOf(10, from); nl !== -1; nl = data.indexOf(10, from)) {
        yield { text: data.toString('utf8', from, nl), offset: restOffset + from };
        from = nl + 1;
      }
      position += read;
      rest = Buffer.from(data.subarray(from));
      restOffset = position - rest.length;
    }
    if (rest.length) yield { text: rest.toString('utf8'), offset: restOffset };
  } finally {
    closeSync(fd);
  }
}
