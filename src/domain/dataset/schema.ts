// oxlint-disable-next-line import/no-unassigned-import -- jitless before this module's schemas are made, whatever chunk holds them
import '../zodConfig.ts';
import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLAIM_DATE_BASES,
  CLAIM_QUALIFIERS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  PLACE_KINDS,
  RESPONSE_RELATIONS,
} from '../types.ts';
import { SLUG_ID, SLUG_ID_RULE } from '../ids.ts';

/**
 * The structural shape of a compiled dataset (src/domain/types.ts), as zod schemas.
 * Objects are loose: the contract allows extra fields ("extra fields are additions"),
 * so only the fields the app reads are checked. Ids are slugs, as the ingest writes them. Semantic rules (references, offsets,
 * unique ids, calendar dates) live in validateDataset.ts, where they can name records.
 */

const id = z.string().regex(SLUG_ID, SLUG_ID_RULE);
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
  datePrecision: z.enum(DATE_PRECISIONS),
  dateBasis: z.string(),
  title: z.string().min(1),
  summary: z.string(),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  aboutActors: z.array(z.string()),
  aboutPlaces: z.array(z.string()),
  evidence: z.array(evidenceSchema),
  responds: z.array(z.looseObject({ event: id, relation: z.enum(RESPONSE_RELATIONS) })).optional(),
});

export const mentionSchema = z.looseObject({
  article: id,
  paragraph: offset,
  start: offset,
  end: offset,
  entity: z.enum(['actor', 'place']),
  id,
});

export const quantitySchema = z.looseObject({
  id,
  label: z.string().min(1),
  unit: z.string().min(1),
  cumulative: z.boolean(),
});

export const claimSchema = z.looseObject({
  id,
  quantity: id,
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  qualifier: z.enum(CLAIM_QUALIFIERS),
  attribution: z.looseObject({ actor: z.string().nullable(), text: z.string().min(1) }).nullable(),
  refersTo: z.looseObject({
    date: z.string(),
    basis: z.enum(CLAIM_DATE_BASES),
    phrase: z.string().nullable(),
  }),
  event: z.string().nullable(),
  evidence: evidenceSchema,
});

export const datasetSchema = z.looseObject({
  story: z.looseObject({
    title: z.string().min(1).nullable(),
    steps: z.array(z.looseObject({ event: id, caption: z.string().trim().min(1) })),
  }),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  mentions: z.array(mentionSchema),
  quantities: z.array(quantitySchema),
  claims: z.array(claimSchema),
});
