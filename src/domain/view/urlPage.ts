import type { Dataset } from '../types.ts';
import { decode, quoted } from './urlParams.ts';
import type { ViewState } from './viewState.ts';

/** The page a link's path opens: an event, an actor's page or a story step (at most one). */
export type Page = Pick<ViewState, 'event' | 'actor' | 'story'>;

const NO_PAGE: Page = { event: null, actor: null, story: null };

/** The pages a path can open, with the noun a notice uses for an unknown id. */
const PAGES = {
  event: { list: (d: Dataset) => d.events, noun: 'event' },
  actor: { list: (d: Dataset) => d.actors, noun: 'person or organisation' },
} as const;

/** Reads `story/<n>`: a 1-based step number the dataset's story has; otherwise no page. */
function readStoryStep(raw: string, dataset: Dataset, problems: string[]): Page {
  const steps = dataset.story.steps;
  const n = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : NaN;
  const step = steps[n - 1];
  if (step) return { event: step.event, actor: null, story: n - 1 };
  const shown = quoted(decode(raw) ?? raw);
  problems.push(
    steps.length === 0
      ? 'This dataset has no guided story; showing all events.'
      : `The story has no step ${shown} (it has ${steps.length}); showing all events.`,
  );
  return NO_PAGE;
}

/**
 * Reads the path: `''` (no page), `event/<id>`, `actor/<id>` or `story/<n>`. An unknown page,
 * id or step opens no page and is named in `problems`.
 */
export function readPage(path: string, dataset: Dataset, problems: string[]): Page {
  if (path === '') return NO_PAGE;
  const [kind, raw, ...rest] = path.split('/');
  if (kind === 'story' && raw !== undefined && rest.length === 0) {
    return readStoryStep(raw, dataset, problems);
  }
  if ((kind !== 'event' && kind !== 'actor') || raw === undefined || rest.length > 0) {
    problems.push(`The page ${quoted(path)} does not exist; showing all events.`);
    return NO_PAGE;
  }
  const id = decode(raw);
  const { list, noun } = PAGES[kind];
  if (id !== null && list(dataset).some((x) => x.id === id)) return { ...NO_PAGE, [kind]: id };
  problems.push(`No ${noun} ${quoted(id ?? raw)} in this dataset; showing all events.`);
  return NO_PAGE;
}

/**
 * Writes the path of the exclusive pages: a story step (which implies its event), else an event,
 * else an actor.
 */
export function writePage(page: Page): string {
  if (page.story !== null) return `/story/${page.story + 1}`;
  if (page.event !== null) return `/event/${encodeURIComponent(page.event)}`;
  if (page.actor !== null) return `/actor/${encodeURIComponent(page.actor)}`;
  return '/';
}
