// Imports carry `.ts`: the build (scripts/shardDatasetPlugin.ts) loads this module.
import type { Article, Dataset, DatasetEvent, Mention } from '../types.ts';
import { SHARDED_VERSION, type Overview, type Shard, type SourceMeta } from './format.ts';
import { buildShardIndex } from './shardIndex.ts';

/**
 * One time shard from its events (in date order) and a lookup of the articles they cite (each
 * cited article once, in the order first cited) and of each article's file.
 */
export function assembleShard(
  shard: number,
  events: DatasetEvent[],
  articleOf: (id: string) => Article,
  articleShardOf: (id: string) => number,
): Shard {
  const ids = new Set<string>();
  for (const event of events) for (const e of event.evidence) ids.add(e.article);
  const sources: SourceMeta[] = [...ids].map((id) => {
    const { paragraphs: _text, headings: _headings, ...meta } = articleOf(id);
    return { ...meta, shard: articleShardOf(id) };
  });
  return { version: SHARDED_VERSION, shard, events, sources, index: buildShardIndex(events) };
}

/** An article as a time shard knows it: its text not loaded yet (no paragraphs). */
export function sourceArticle({ shard: _shard, ...meta }: SourceMeta): Article {
  return { ...meta, paragraphs: [], headings: [] };
}

/**
 * The dataset the loaded shards stand for: the overview's fixed parts with their events, and
 * their articles, whole where the article file is loaded (`articles`, with its mentions) and
 * otherwise without text. Responses to events not loaded and story steps whose event is not
 * loaded are left out.
 */
export function shardDataset(
  head: Overview['head'],
  shards: readonly Shard[],
  loaded: ReadonlyMap<string, ArticleRecord> = new Map(),
): Dataset {
  const events: DatasetEvent[] = [];
  const articles = new Map<string, Article>();
  const mentions: Mention[] = [];
  for (const shard of [...shards].sort((a, b) => a.shard - b.shard)) {
    for (const e of shard.events) events.push(e);
    for (const meta of shard.sources) {
      if (articles.has(meta.id)) continue;
      const whole = loaded.get(meta.id);
      articles.set(meta.id, whole?.article ?? sourceArticle(meta));
      if (whole) for (const m of whole.mentions) mentions.push(m);
    }
  }
  const present = new Set(events.map((e) => e.id));
  return {
    story: { ...head.story, steps: head.story.steps.filter((s) => present.has(s.event)) },
    actors: head.actors,
    places: head.places,
    quantities: head.quantities,
    claims: head.claims,
    articles: [...articles.values()],
    events: events.map((e) => {
      if (!e.responds || e.responds.every((r) => present.has(r.event))) return e;
      return { ...e, responds: e.responds.filter((r) => present.has(r.event)) };
    }),
    mentions,
  };
}

/** An article and the mentions written into it. */
export interface ArticleRecord {
  article: Article;
  mentions: Mention[];
}
