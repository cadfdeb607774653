import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/domain/ingest/compile';
import { articleAdded } from '../../../src/domain/workspace/edits/articles';
import { draftAccepted } from '../../../src/domain/workspace/edits/drafts';
import { dayOneSet } from '../../../src/domain/workspace/edits/story';
import { readArticle } from '../../../src/domain/workspace/pipelineProtocol';
import { measureRecovery, type CuratedEvent } from '../../../src/domain/workspace/recovery';
import type { WorkspaceStory } from '../../../src/domain/workspace/story';
import { DATA_DIR } from '../ingest/fixture';
import { workspaceInputs } from '../../../src/domain/workspace/compile';
import { emptyWorkspaceStory } from '../../helpers/workspaceStory';

// The five seed articles loaded into a fresh workspace as if new, through the same pipeline and
// edits the workspace uses; every draft accepted with no edits; compared with data/events.json.
// The figures are in README.md ("Your own story"); this test fails when they are stale.

const json = (name: string) => JSON.parse(readFileSync(path.join(DATA_DIR, name), 'utf8'));
const files = readdirSync(path.join(DATA_DIR, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const fileOf = new Map(
  (json('articles.json') as { id: string; file: string }[]).map((a) => [a.id, a.file]),
);
const curated: CuratedEvent[] = (
  json('events.json') as {
    id: string;
    date: string;
    evidence: { article: string; quote: string }[];
  }[]
).map((e) => ({
  id: e.id,
  date: e.date,
  quotes: e.evidence.map((q) => ({ file: fileOf.get(q.article) ?? '', quote: q.quote })),
}));
const compiled = JSON.parse(
  readFileSync(path.resolve(DATA_DIR, '../src/generated/dataset.json'), 'utf8'),
) as { articles: { file: string; published: string }[] };

/** Adds the five files one by one as the workspace does, then accepts every draft as proposed. */
function loadAndAccept(start: WorkspaceStory, published: (file: string) => string | undefined) {
  let story = start;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(path.join(DATA_DIR, 'articles', file)));
    const date = published(file);
    const read = readArticle({ origin: file, bytes, ...(date ? { published: date } : {}) }, story);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    story = articleAdded(story, {
      title: read.reading.report.title,
      text: new TextDecoder().decode(bytes),
      origin: file,
      format: 'txt',
      removed: read.reading.report.removed,
      candidates: read.reading.candidates,
      ...(date ? { published: { date, basis: 'the date the page gives' } } : {}),
    });
  }
  for (const d of story.drafts) story = draftAccepted(story, d.candidate.id);
  return story;
}

/** A table row's cells, trimmed (the formatter pads them). */
const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

/** The README's figures for one setting, as written there. */
function readmeFigures(setting: string): string[] {
  const readme = readFileSync(path.resolve(DATA_DIR, '../README.md'), 'utf8');
  const line = readme.split('\n').find((l) => cells(l)[0] === setting);
  if (!line) throw new Error(`README.md has no row for "${setting}"`);
  return cells(line);
}

const row = (setting: string, s: WorkspaceStory) => {
  const r = measureRecovery(s, curated);
  const dated = s.articlesMeta.filter((a) =>
    s.drafts.some((d) => d.candidate.article === a.id),
  ).length;
  return cells(
    `| ${setting} | ${dated} of ${files.length} | ${r.drafts} | ${r.recovered.length} of ${r.curated} | ${r.matching} | ${r.wrongDate} | ${r.noise} |`,
  );
};

describe('drafts from the seed articles, accepted with no edits', () => {
  const dayOne = json('story.json').referenceDates[0];

  it('a fresh workspace dates none of them (their dates count from the war’s first day)', () => {
    const s = loadAndAccept(emptyWorkspaceStory(), () => undefined);
    expect(s.drafts).toEqual([]);
    expect(readmeFigures('fresh workspace')).toEqual(row('fresh workspace', s));
  });

  it('with the story’s day one, the drafts compile and recover curated events', () => {
    const s = loadAndAccept(dayOneSet(emptyWorkspaceStory(), dayOne), () => undefined);
    const r = measureRecovery(s, curated);
    expect(r.recovered.length).toBeGreaterThan(0);
    const result = compileDataset(workspaceInputs(s));
    // One article is dated only through events it shares with the others: none here.
    if (!result.ok)
      expect(result.problems.every((p) => p.field === 'overrides.published')).toBe(true);
    expect(readmeFigures('with day one')).toEqual(row('with day one', s));
  });

  it('with each article’s publication date given, every article gives drafts', () => {
    const date = (file: string) => compiled.articles.find((a) => a.file === file)?.published;
    const s = loadAndAccept(dayOneSet(emptyWorkspaceStory(), dayOne), date);
    const result = compileDataset(workspaceInputs(s));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(readmeFigures('with day one and dates')).toEqual(row('with day one and dates', s));
  });
});
