import {
  SHARD_HINTS_META,
  idBucket,
  idBucketFile,
  idBucketName,
  shardName,
} from '../domain/shards/format';
import { linkedEventId } from '../domain/view/url';

/**
 * Reads one of a sharded dataset's files (a path relative to the app's folder). With `ready`,
 * the file's body is parsed only once `ready()` has resolved: a shard arriving in the middle of
 * a zoom waits, read but not parsed, until the timeline is still.
 */
export type ReadJson = (file: string, ready?: () => Promise<void>) => Promise<unknown>;

/** A file of a sharded dataset failed to arrive or was not what it should be. */
export class ShardError extends Error {}

/** Reads the files from the folder of `base` (the page's base URL). */
export const readJsonFrom =
  (base: string): ReadJson =>
  async (file, ready) => {
    const response = await fetch(new URL(file, base));
    if (!response.ok) throw new ShardError(`${file}: HTTP ${response.status}`);
    if (ready) await ready();
    return response.json();
  };

/** What index.html says of a sharded build: its folder and how many id buckets it has. */
export interface ShardHints {
  folder: string;
  buckets: number;
}

/** `<meta name="sourceline-shards" content="<folder> <buckets>">`, or null (not sharded). */
export function readShardHints(doc: Document): ShardHints | null {
  const content = doc.querySelector(`meta[name="${SHARD_HINTS_META}"]`)?.getAttribute('content');
  const m = content ? /^(sharded-[0-9a-f]+) ([1-9]\d*)$/.exec(content) : null;
  return m ? { folder: m[1]!, buckets: Number(m[2]) } : null;
}

/**
 * Starts reading what opening `hash` needs before the overview has arrived: for a link to one
 * event, its id bucket and, as soon as that is in, its shard (the files' names follow from the
 * event id and the hints alone). Returns a reader that hands each such read to the first asker
 * (the shard loader, once the overview is in) and reads any other file with `read`.
 */
export function prefetchLink(hints: ShardHints, hash: string, read: ReadJson): ReadJson {
  const started = new Map<string, Promise<unknown>>();
  const start = (file: string) => {
    const reading = read(file);
    // A failure is the asker's to see; unasked, it is not an unhandled rejection.
    reading.catch(() => {});
    started.set(file, reading);
    return reading;
  };
  const id = linkedEventId(hash);
  if (id !== null) {
    const ids = { buckets: hints.buckets, file: `${hints.folder}/${idBucketName}` };
    start(idBucketFile({ ids }, idBucket(id, hints.buckets))).then(
      (bucket) => {
        const n = (bucket as Record<string, unknown> | null)?.[id];
        if (typeof n === 'number' && Object.hasOwn(bucket as object, id))
          start(`${hints.folder}/${shardName(n)}`);
      },
      () => {},
    );
  }
  return (file, ready) => {
    const reading = started.get(file);
    if (!reading) return read(file, ready);
    started.delete(file);
    return reading;
  };
}
