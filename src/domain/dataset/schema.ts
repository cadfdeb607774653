import { z } from 'zod';
import { ACTOR_KINDS, EVENT_KINDS, PLACE_KINDS } from '../types.ts';

/**
 * The structural shape of a compiled dataset (src/domain/types.ts), as zod schemas.
 * Objects are loose: the contract allows extra fields ("extra fields are additions"),
 * so only the fields the app reads are checked. Semantic rules (references, offsets,
 * unique ids, calendar dates) live in validateDataset.ts, where they can name records.
 */

const id = z.string().min(1);
const offset = z.number().int().min(0);

export const articleSchema = z.looseObject({
  id,
  file: z.string(),
  title: z.string(),
  titleBasis: z.string(),
  outlet: z.string().nullable(),
  outletBasis: z.string().nullable(),
  author: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string(),
  publishedBasis: z.string(),
  paragraphs: z.array(z.string()),
  headings: z.array(offset),
});

export const actorSchema = z.looseObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(ACTOR_KINDS),
  role: z.string(),
  affiliation: z.string().nullable(),
});

export const placeSchema = z.looseObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(PLACE_KINDS),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const evidenceSchema = z.looseObject({
  article: id,
  quote: z.string(),
  paragraph: offset,
  start: offset,
  end: offset,
});

export const eventSchema = z.looseObject({
  id,
  date: z.string(),
  datePrecision: z.enum(['day', 'approximate']),
  dateBasis: z.string(),
  title: z.string().min(1),
  summary: z.string(),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  evidence: z.array(evidenceSchema),
});

export const mentionSchema = z.looseObject({
  article: id,
  paragraph: offset,
  start: offset,
  end: offset,
  entity: z.enum(['actor', 'place']),
  id,
});

export const datasetSchema = z.looseObject({
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  mentions: z.array(mentionSchema),
});
