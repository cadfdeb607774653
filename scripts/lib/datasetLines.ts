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
export type DatasetLine =
  { kind: 'story'; json: string } | { kind: 'record'; collection: Collection; json: string };

const OPEN = /^"(\w+)":\[(\])?,?$/;

/**
 * Reads a dataset written one record per line, a line at a time (a megabyte of the file in
 * memory). Throws, naming the file and line, on anything else: a dataset in another layout
 * is read whole with JSON.parse instead.
 */
export function* readDatasetLines(file: string): Generator<DatasetLine> {
  let collection: Collection | null = null;
  let number = 0;
  for (const raw of lines(file)) {
    number++;
    const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    const open = OPEN.exec(raw);
    if (number === 1 && line.startsWith('{"story":')) {
      yield { kind: 'story', json: line.slice('{"story":'.length) };
    } else if (open) {
      const name = open[1] as Collection;
      if (!COLLECTIONS.includes(name))
        throw new Error(`${file}: line ${number}: unknown collection "${name}"`);
      collection = open[2] ? null : name;
    } else if (line === ']' || line === ']}') {
      collection = null;
    } else if (collection && line.startsWith('{')) {
      yield { kind: 'record', collection, json: line };
    } else if (line !== '') {
      throw new Error(`${file}: line ${number}: not a dataset written one record per line`);
    }
  }
}

/** The lines of a file, read a megabyte at a time. */
function* lines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const text = rest + decoder.decode(chunk.subarray(0, read), { stream: true });
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
    rest += decoder.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}
