import type { Locator, Page } from '@playwright/test';

/** How the harness finds its way around one page: ours or the vis-timeline peer. */
export interface Target {
  name: 'sourceline' | 'vis-timeline';
  /** CSS selector of drawn event marks (watched from navigation on, so it must be plain CSS). */
  marks: string;
  /** CSS selector of the chart area that receives wheel and drag gestures. */
  chart: string;
  /** CSS selector of things inside the chart that are not empty background (marks, controls). */
  notEmpty: string;
  /**
   * Selecting an event: the mark attribute holding the event id, where its details show, and
   * the open event's heading (what a deep link to it shows).
   */
  select: { attr: string; details: string; opened: string } | null;
  /** The search field, or null for a page without search. */
  search: string | null;
  /**
   * Where a page that reads its dataset in parts (a sharded build) says it is loading some
   * ("loading N more…"); null for a page that has it all at once.
   */
  partsStatus: string | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sourceline, found by role and accessible name: marks are the options of the listbox named
 * "Timeline"; the chart is the SVG that holds it; facets are groups named "Actors" and
 * "Places"; an event's details show its title in a heading.
 */
export const SOURCELINE: Target = {
  name: 'sourceline',
  // The app's marks, not the prerendered first screen's (index.html), which has them before any
  // script runs: <html data-app> is there until the app has replaced it (src/app/firstScreen.ts).
  marks: ':root:not([data-app]) [role="listbox"][aria-label="Timeline"] [role="option"]',
  chart: 'svg:has([role="listbox"][aria-label="Timeline"])',
  notEmpty: '[role="option"], [role="group"], a, button, input, text',
  select: {
    attr: 'data-key',
    details: 'h1, h2, h3, [role="dialog"] h2',
    opened: 'article h2',
  },
  search: 'input.search-input',
  partsStatus: '.shard-strip-status',
};

/** The peer page (bench/peer): vis-timeline's own classes, our checkbox fieldsets. */
export const VIS_TIMELINE: Target = {
  name: 'vis-timeline',
  marks: '.vis-timeline .vis-item',
  chart: '.vis-panel.vis-center',
  notEmpty: '.vis-item',
  select: null,
  search: null,
  partsStatus: null,
};

/**
 * The checkbox of `name` in the facet group whose accessible name starts with one of
 * `groups` (a count may follow the legend). Long lists may hide options behind a search
 * box: if the option is not rendered, the name is typed into the group's search field.
 */
export async function facetCheckbox(
  page: Page,
  groups: readonly string[],
  name: string,
): Promise<Locator | null> {
  const group = page
    .getByRole('group', { name: new RegExp(`^(${groups.map(escape).join('|')})\\b`, 'i') })
    .first();
  if ((await group.count()) === 0) return null;
  const option = group.getByRole('checkbox', { name: new RegExp(`^${escape(name)}\\b`) }).first();
  if ((await option.count()) > 0) return option;
  const search = group.getByRole('searchbox').or(group.getByRole('textbox')).first();
  if ((await search.count()) === 0) return null;
  await search.fill(name);
  return (await option.count()) > 0 ? option : null;
}
