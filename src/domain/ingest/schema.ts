// oxlint-disable-next-line import/no-unassigned-import -- jitless before this module's schemas are made, whatever chunk holds them
import '../zodConfig';
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
import { ISO_DATE, isIsoDate } from '../calendar.ts';
import { SLUG_ID, SLUG_ID_RULE } from '../ids.ts';

/**
 * zod schemas of the curated input files (data/README.md is the contract). Objects are strict
 * so that a misspelt field ("publised") is reported instead of silently ignored. Rules that
 * need more than one record (ids, references, quotes, calendar dates) live in validate.ts.
 */

const id = z.string().regex(SLUG_ID, SLUG_ID_RULE);
const isoShape = z.string().regex(ISO_DATE, 'must be written YYYY-MM-DD');

export const articleMetaSchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.txt$/, 'must be a .txt file name in data/articles/'),
  id,
  overrides: z
    .strictObject({
      title: z.string().min(1).optional(),
      outlet: z.string().min(1).nullable().optional(),
      author: z.string().min(1).nullable().optional(),
      published: isoShape.optional(),
      publishedBasis: z.string().min(1).optional(),
    })
    .optional(),
});
export const articlesMetaSchema = z.array(articleMetaSchema);

export const actorInputSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(ACTOR_KINDS),
  role: z.string(),
  affiliation: z.string().nullable(),
});
export const actorsInputSchema = z.array(actorInputSchema);

/** One step of the guided story: an event id and the editor's caption (short, own words). */
export const storyStepInputSchema = z.strictObject({
  event: z.string().min(1, 'must name an event id'),
  caption: z.string().trim().min(1, 'must not be empty').max(400, 'must be at most 400 characters'),
});

/** What a reference date anchors: `day-one` is the day the story's own count of days begins. */
export const REFERENCE_DATE_ROLES = ['day-one'] as const;

/** A named day the articles count from (the day a war began), with the editor's reason for it. */
export const referenceDateInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  date: isoShape.refine(isIsoDate, 'is not a calendar date'),
  role: z.enum(REFERENCE_DATE_ROLES),
  /** Words by which a sentence names what began that day ("invasion", "war"). */
  words: z.array(
    z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}' -]+$/u, 'must be a word or words'),
  ),
  basis: z.string().trim().min(1, 'must say why this date'),
});

/**
 * data/story.json (optional): what the story is called (shown in the masthead), its guided
 * tour, in the editor's order, and the days its articles count from. Every field is optional;
 * new fields are added here.
 */
export const storyInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(120).optional(),
  steps: z.array(storyStepInputSchema).optional(),
  referenceDates: z.array(referenceDateInputSchema).optional(),
});

export const placeInputSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(PLACE_KINDS),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export const placesInputSchema = z.array(placeInputSchema);

export const evidenceInputSchema = z.strictObject({
  article: z.string().min(1),
  quote: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
});

export const eventInputSchema = z.strictObject({
  id,
  date: isoShape,
  datePrecision: z.enum(DATE_PRECISIONS),
  /** The editor's reason for the date when the quotes alone do not give it (added to the basis). */
  dateNote: z.string().trim().min(1).optional(),
  title: z.string().min(1),
  summary: z.string(),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  aboutActors: z.array(z.string()).optional(),
  aboutPlaces: z.array(z.string()).optional(),
  evidence: z.array(evidenceInputSchema),
  responds: z
    .array(z.strictObject({ event: z.string().min(1), relation: z.enum(RESPONSE_RELATIONS) }))
    .optional(),
});
export const eventsInputSchema = z.array(eventInputSchema);

export const quantityInputSchema = z.strictObject({
  id,
  label: z.string().min(1),
  unit: z.string().min(1),
  cumulative: z.boolean().optional(),
});

export const claimInputSchema = z.strictObject({
  id,
  quantity: z.string().min(1),
  value: z.number().finite(),
  max: z.number().finite().optional(),
  qualifier: z.enum(CLAIM_QUALIFIERS).optional(),
  attribution: z
    .strictObject({ actor: z.string().min(1).optional(), text: z.string().min(1) })
    .nullable()
    .optional(),
  refersTo: z.strictObject({
    basis: z.enum(CLAIM_DATE_BASES),
    date: isoShape.optional(),
    phrase: z.string().min(1).optional(),
  }),
  event: z.string().min(1).optional(),
  article: z.string().min(1),
  quote: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
});

/** data/claims.json: the quantities, then the claims (both arrays). */
export const claimsFileSchema = z.strictObject({
  quantities: z.array(quantityInputSchema),
  claims: z.array(claimInputSchema),
});

export type ArticleMetaInput = z.infer<typeof articleMetaSchema>;
export type ActorInput = z.infer<typeof actorInputSchema>;
export type PlaceInput = z.infer<typeof placeInputSchema>;
export type EventInput = z.infer<typeof eventInputSchema>;
export type ClaimInput = z.infer<typeof claimInputSchema>;
export type StoryInput = z.infer<typeof storyInputSchema>;
export type ReferenceDateInput = z.infer<typeof referenceDateInputSchema>;
