import { sharedEventClues, type AnchorArticle, type AnchorEvidence } from './anchors.ts';
import type { PreparedArticle } from './articleInputs.ts';
import { isIsoDate } from '../calendar.ts';
import { FILES, type Problem, type Warning } from './problems.ts';
import type { DayOne } from './dayOne.ts';
import { findPubDateClues, inferPublicationDate } from './pubdate.ts';

/** Each article's publication date and its basis, by article id. */
export type PublicationDates = Map<string, { date: string; basis: string }>;

/**
 * Publication dates: overrides, then each article's own clues, then shared events, repeated
 * until nothing new is dated (an article dated through a shared event can anchor another).
 * An undatable article is a problem; an override that disagrees with the text is a warning.
 * Day counts in the text count from the story's `dayOne` (none: they date nothing).
 */
export function inferPublicationDates(
  prepared: ReadonlyMap<string, PreparedArticle>,
  located: readonly { id: string; evidence: readonly AnchorEvidence[] }[],
  dayOne: DayOne | null,
): { published: PublicationDates; problems: Problem[]; warnings: Warning[] } {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const anchorArticles = new Map<string, AnchorArticle>();
  const published: PublicationDates = new Map();
  for (const [id, a] of prepared) {
    const override = a.meta.overrides;
    if (override?.published !== undefined && isIsoDate(override.published)) {
      published.set(id, {
        date: override.published,
        basis: `metadata override: ${override.publishedBasis ?? ''}`,
      });
    }
    anchorArticles.set(id, {
      paragraphs: a.cleaned.paragraphs,
      headings: a.cleaned.headings,
      published: published.get(id)?.date ?? null,
    });
  }
  const ownClues = new Map(
    [...prepared].map(([id, a]) => [id, findPubDateClues(a.cleaned.paragraphs, dayOne)]),
  );
  const failures = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [id] of prepared) {
      if (published.has(id)) continue;
      const own = ownClues.get(id) ?? { intervals: [], weekdays: [] };
      const shared = own.intervals.length > 0 ? [] : sharedEventClues(id, anchorArticles, located);
      const result = inferPublicationDate({ ...own, intervals: [...own.intervals, ...shared] });
      if (result.ok) {
        published.set(id, { date: result.date, basis: result.basis });
        const anchor = anchorArticles.get(id);
        if (anchor) anchor.published = result.date;
        changed = true;
      } else failures.set(id, result.reason);
    }
  }
  for (const [id] of prepared) {
    if (!published.has(id)) {
      problems.push({
        file: FILES.articlesMeta,
        id,
        field: 'overrides.published',
        message: `cannot infer the publication date (${failures.get(id) ?? 'no clues'}); add overrides.published with a publishedBasis`,
      });
    }
  }
  // An override that disagrees with what the text supports is allowed, but worth a look.
  for (const [id, a] of prepared) {
    if (a.meta.overrides?.published === undefined) continue;
    const inferred = inferPublicationDate(ownClues.get(id) ?? { intervals: [], weekdays: [] });
    if (inferred.ok && inferred.date !== a.meta.overrides.published) {
      warnings.push({
        kind: 'override-differs',
        file: FILES.articlesMeta,
        id,
        field: 'overrides.published',
        message: `override ${a.meta.overrides.published} differs from the inferred ${inferred.date}`,
      });
    }
  }
  return { published, problems, warnings };
}
