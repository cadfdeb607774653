// oxlint-disable-next-line import/no-unassigned-import -- jitless before this module's schemas are made, whatever chunk holds them
import '../zodConfig';
import { z } from 'zod';
import {
  actorInputSchema,
  articleMetaSchema,
  eventInputSchema,
  placeInputSchema,
  storyInputSchema,
} from '../ingest/schema.ts';
import type { SuggestedEvent } from '../ingest/suggest/suggest.ts';
import { SLUG_ID, SLUG_ID_RULE } from '../ids.ts';
import type { WorkspaceStory } from './story.ts';

const articleSchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.txt$/, 'must be a .txt file name'),
  text: z.string(),
  origin: z.string(),
  format: z.enum(['txt', 'md', 'html', 'pasted']),
  removed: z.array(
    z.strictObject({ line: z.number().int(), text: z.string(), reason: z.string() }),
  ),
});

const draftSchema = z.strictObject({
  // The pipeline's own output, kept as it made it.
  candidate: z.custom<SuggestedEvent>((v) => typeof v === 'object' && v !== null),
  status: z.enum(['pending', 'accepted', 'merged', 'rejected']),
  event: z.string().nullable(),
});

/**
 * A stored workspace story, as read back from the device: the same schemas as the `data/`
 * files for its records (compiling then checks what needs more than one record).
 */
export const workspaceStorySchema: z.ZodType<WorkspaceStory> = z.strictObject({
  id: z.string().regex(SLUG_ID, SLUG_ID_RULE),
  updated: z.string(),
  articles: z.array(articleSchema),
  articlesMeta: z.array(articleMetaSchema),
  actors: z.array(actorInputSchema),
  places: z.array(placeInputSchema),
  events: z.array(eventInputSchema),
  story: storyInputSchema,
  drafts: z.array(draftSchema),
});
