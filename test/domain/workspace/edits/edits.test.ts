import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../src/domain/ingest/compile.ts';
import { locateQuote } from '../../../../src/domain/ingest/validate.ts';
import { cleanArticle } from '../../../../src/domain/ingest/clean.ts';
import { suggest } from '../../../../src/domain/ingest/suggest/suggest.ts';
import {
  articleAdded,
  articleDraftsReplaced,
  articleMetaEdited,
  EDITOR_DATE_BASIS,
  type NewArticle,
} from '../../../../src/domain/workspace/edits/articles.ts';
import {
  draftAccepted,
  draftMerged,
  draftRejected,
  draftReopened,
  eventEdited,
} from '../../../../src/domain/workspace/edits/drafts.ts';
import { evidenceAdded, selectionQuote } from '../../../../src/domain/workspace/edits/evidence.ts';
import {
  actorCreated,
  entityAddedToEvents,
  eventsNaming,
  placeCreated,
} from '../../../../src/domain/workspace/edits/gazetteer.ts';
import { EditRefused } from '../../../../src/domain/workspace/edits/refused.ts';
import { dayOneSet, storyTitled } from '../../../../src/domain/workspace/edits/story.ts';
import type { WorkspaceStory } from '../../../../src/domain/workspace/story.ts';
import { fixtureText } from '../../ingest/suggest/fixture.ts';
import { workspaceInputs } from '../../../../src/domain/workspace/compile.ts';
import { emptyWorkspaceStory } from '../../../helpers/workspaceStory.ts';

/** The fixture article read by the real pipeline against an empty gazetteer, dated by the editor. */
function newArticle(text = fixtureText(), published = '2022-04-04'): NewArticle {
  const result = suggest({
    folder: 'workspace',
    files: [{ file: 'dropped.txt', bytes: new TextEncoder().encode(text) }],
    actors: [],
    places: [],
    articlesMeta: [],
    events: [],
    labels: { actors: 'actors', places: 'places' },
    published: { 'dropped.txt': published },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const report = result.suggestion.articles[0]!;
  return {
    title: report.title,
    text,
    origin: 'dropped.txt',
    format: 'txt',
    removed: report.removed,
    candidates: result.suggestion.candidates,
    published: { date: published, basis: '' },
  };
}

const compiles = (story: WorkspaceStory) => {
  const result = compileDataset(workspaceInputs(story));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.dataset;
};

const withArticle = () => articleAdded(emptyWorkspaceStory(), newArticle());
const firstDraft = (s: WorkspaceStory) => s.drafts.find((d) => d.status === 'pending')!;

describe('adding an article', () => {
  it('names it from its title, records the editor’s date with a basis, and lists its drafts', () => {
    const s = withArticle();
    expect(s.articlesMeta).toEqual([
      {
        file: 'red-cross-convoy-turned-back-from.txt',
        id: 'red-cross-convoy-turned-back-from',
        overrides: { published: '2022-04-04', publishedBasis: EDITOR_DATE_BASIS },
      },
    ]);
    expect(s.articles[0]).toMatchObject({ origin: 'dropped.txt', format: 'txt' });
    expect(s.drafts.length).toBeGreaterThan(3);
    expect(s.drafts.every((d) => d.status === 'pending' && d.event === null)).toBe(true);
    expect(new Set(s.drafts.map((d) => d.candidate.article))).toEqual(
      new Set(['red-cross-convoy-turned-back-from']),
    );
    expect(compiles(s).articles).toHaveLength(1);
  });

  it('a second article with the same title gets the next free id, and its drafts free ids', () => {
    const s = articleAdded(withArticle(), newArticle());
    expect(s.articlesMeta.map((a) => a.id)).toEqual([
      'red-cross-convoy-turned-back-from',
      'red-cross-convoy-turned-back-from-2',
    ]);
    const ids = s.drafts.map((d) => d.candidate.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s.drafts.filter((d) => d.candidate.article.endsWith('-2'))).toHaveLength(
      s.drafts.length / 2,
    );
  });

  it('refuses an empty article, naming where it came from', () => {
    expect(() => articleAdded(emptyWorkspaceStory(), { ...newArticle(), text: '  \n' })).toThrow(
      /dropped\.txt field \(contents\)/,
    );
  });
});

describe('article metadata edits', () => {
  const id = 'red-cross-convoy-turned-back-from';
  it('are recorded as overrides, the date with the editor’s reason', () => {
    let s = withArticle();
    s = articleMetaEdited(s, id, { field: 'title', value: ' Convoy turned back ' });
    s = articleMetaEdited(s, id, { field: 'outlet', value: 'Harbour Wire' });
    s = articleMetaEdited(s, id, { field: 'author', value: '' });
    s = articleMetaEdited(s, id, { field: 'published', value: '2022-04-05', basis: 'dateline' });
    expect(s.articlesMeta[0]?.overrides).toEqual({
      title: 'Convoy turned back',
      outlet: 'Harbour Wire',
      author: null,
      published: '2022-04-05',
      publishedBasis: 'dateline',
    });
    const article = compiles(s).articles[0]!;
    expect(article).toMatchObject({ title: 'Convoy turned back', outlet: 'Harbour Wire' });
    expect(article.author).toBeNull();
    expect(article.published).toBe('2022-04-05');
  });

  it('an empty title or date removes the override; an unknown article is refused', () => {
    let s = articleMetaEdited(withArticle(), id, { field: 'title', value: 'X' });
    s = articleMetaEdited(s, id, { field: 'title', value: '' });
    s = articleMetaEdited(s, id, { field: 'published', value: '' });
    expect(s.articlesMeta[0]).toEqual({ file: `${id}.txt`, id });
    expect(() => articleMetaEdited(s, 'nope', { field: 'title', value: 'X' })).toThrow(EditRefused);
  });

  it('new drafts after a date change replace the pending ones and keep decided ones', () => {
    let s = withArticle();
    const accepted = firstDraft(s).candidate;
    s = draftAccepted(s, accepted.id);
    const moved = newArticle(fixtureText(), '2022-04-11');
    s = articleDraftsReplaced(s, id, moved.candidates);
    expect(s.drafts.filter((d) => d.status === 'accepted')).toHaveLength(1);
    const pending = s.drafts.filter((d) => d.status === 'pending');
    expect(pending.length).toBe(moved.candidates.length - 1);
    expect(pending.some((d) => d.candidate.quote === accepted.quote)).toBe(false);
    expect(pending.every((d) => d.candidate.date > '2022-04-03')).toBe(true);
  });
});

describe('reviewing drafts', () => {
  it('accepting as is makes the event the pipeline proposes, which compiles with its date', () => {
    const s0 = withArticle();
    const d = firstDraft(s0);
    const s = draftAccepted(s0, d.candidate.id);
    expect(s.events).toHaveLength(1);
    expect(s.events[0]).toMatchObject({
      id: d.candidate.id,
      date: d.candidate.date,
      summary: d.candidate.quote,
      evidence: [{ article: d.candidate.article, quote: d.candidate.quote }],
    });
    expect(s.drafts.find((x) => x.candidate.id === d.candidate.id)).toMatchObject({
      status: 'accepted',
      event: d.candidate.id,
    });
    expect(compiles(s).events[0]?.date).toBe(d.candidate.date);
    expect(() => draftAccepted(s, d.candidate.id)).toThrow(/already accepted/);
  });

  it('accepting with edits applies them; an event can be edited later', () => {
    const s0 = withArticle();
    const id = firstDraft(s0).candidate.id;
    let s = draftAccepted(s0, id, {
      title: 'Convoy turned back',
      kind: 'humanitarian',
      datePrecision: 'approximate',
      dateNote: ' ',
    });
    expect(s.events[0]).toMatchObject({ title: 'Convoy turned back', kind: 'humanitarian' });
    expect(s.events[0]).not.toHaveProperty('dateNote');
    s = eventEdited(s, id, { summary: 'The Red Cross says its convoy turned back.' });
    expect(compiles(s).events[0]).toMatchObject({
      title: 'Convoy turned back',
      summary: 'The Red Cross says its convoy turned back.',
      datePrecision: 'approximate',
    });
    expect(() => eventEdited(s, 'nope', {})).toThrow(EditRefused);
  });

  it('merging adds the sentence to an existing event as another source, once', () => {
    let s = withArticle();
    const [a, b] = s.drafts as [(typeof s.drafts)[0], (typeof s.drafts)[0]];
    s = draftAccepted(s, a.candidate.id);
    s = draftMerged(s, b.candidate.id, a.candidate.id);
    expect(s.events).toHaveLength(1);
    expect(s.events[0]?.evidence.map((q) => q.quote)).toEqual([
      a.candidate.quote,
      b.candidate.quote,
    ]);
    expect(s.drafts[1]).toMatchObject({ status: 'merged', event: a.candidate.id });
    expect(compiles(s).events[0]?.evidence).toHaveLength(2);
  });

  it('rejecting sets a draft aside, and it can be reviewed again', () => {
    const s0 = withArticle();
    const id = firstDraft(s0).candidate.id;
    const s = draftRejected(s0, id);
    expect(s.events).toEqual([]);
    expect(s.drafts.find((d) => d.candidate.id === id)?.status).toBe('rejected');
    expect(draftReopened(s, id).drafts.find((d) => d.candidate.id === id)?.status).toBe('pending');
    expect(() => draftReopened(s0, id)).toThrow(EditRefused);
  });
});

describe('evidence from a selection', () => {
  const article = 'red-cross-convoy-turned-back-from';
  const accepted = () => {
    const s = withArticle();
    return { s: draftAccepted(s, firstDraft(s).candidate.id), event: firstDraft(s).candidate.id };
  };

  it('slices the quote from the cleaned text (trimmed), which the ingest then finds there', () => {
    const { s, event } = accepted();
    const paragraphs = cleanArticle(s.articles[0]!.text).paragraphs;
    const p = paragraphs.findIndex((t) => t.includes('impossible to proceed'));
    const text = paragraphs[p]!;
    const start = text.indexOf('“It was') - 1;
    const end = text.indexOf('proceed,”') + 'proceed,”'.length + 1;
    const next = evidenceAdded(s, event, { article, paragraph: p, start: Math.max(0, start), end });
    const added = next.events[0]?.evidence[1];
    expect(added).toEqual({ article, quote: text.slice(text.indexOf('“It was'), end).trim() });
    expect(locateQuote(article, paragraphs, added!.quote).ok).toBe(true);
    const compiled = compiles(next).events[0]!.evidence[1]!;
    expect(compiled).toMatchObject({ paragraph: p, start: text.indexOf('“It was') });
  });

  it('computes the occurrence when the same words appear earlier in the article', () => {
    const { s, event } = accepted();
    const paragraphs = cleanArticle(s.articles[0]!.text).paragraphs;
    // "Mariupol" appears in the first paragraph and again later: select a later one.
    const later = paragraphs.findIndex((t, i) => i > 0 && t.includes('Mariupol'));
    const start = paragraphs[later]!.indexOf('Mariupol');
    const earlier = paragraphs
      .slice(0, later)
      .reduce((n, t) => n + t.split('Mariupol').length - 1, 0);
    const sel = { article, paragraph: later, start, end: start + 'Mariupol'.length };
    expect(selectionQuote(s, sel)).toEqual({
      ok: true,
      value: { quote: 'Mariupol', occurrence: earlier + 1 },
    });
    const next = evidenceAdded(s, event, sel);
    const compiled = compiles(next).events[0]!.evidence[1]!;
    expect(compiled).toMatchObject({ paragraph: later, start, end: sel.end });
  });

  it('refuses an empty or out-of-range selection, and adds the same quote once', () => {
    const { s, event } = accepted();
    expect(selectionQuote(s, { article, paragraph: 0, start: 3, end: 3 })).toMatchObject({
      ok: false,
    });
    expect(selectionQuote(s, { article, paragraph: 99, start: 0, end: 3 })).toMatchObject({
      ok: false,
    });
    expect(selectionQuote(s, { article, paragraph: 0, start: 0, end: 1e6 })).toMatchObject({
      ok: false,
    });
    expect(() => evidenceAdded(s, event, { article, paragraph: 0, start: 3, end: 3 })).toThrow(
      EditRefused,
    );
    const sel = { article, paragraph: 0, start: 0, end: 12 };
    const once = evidenceAdded(s, event, sel);
    expect(evidenceAdded(once, event, sel)).toEqual(once);
  });
});

describe('actors and places from the article’s words', () => {
  it('a new actor gets a slug id, its aliases, and the pending drafts that name it', () => {
    const s = actorCreated(withArticle(), {
      name: 'Red Cross',
      aliases: ['the organisation', 'Red Cross', ' '],
      kind: 'organisation',
      role: '',
      affiliation: null,
    });
    expect(s.actors).toEqual([
      {
        id: 'red-cross',
        name: 'Red Cross',
        aliases: ['the organisation'],
        kind: 'organisation',
        role: '',
        affiliation: null,
      },
    ]);
    const naming = s.drafts.filter((d) => /Red Cross|the organisation/.test(d.candidate.quote));
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.every((d) => d.candidate.actors.includes('red-cross'))).toBe(true);
    expect(s.drafts.filter((d) => d.candidate.actors.includes('red-cross'))).toEqual(naming);
    const accepted = draftAccepted(s, naming[0]!.candidate.id);
    expect(compiles(accepted).events[0]?.actors).toEqual(['red-cross']);
  });

  it('offers a new actor to the accepted events whose quotes name it, and adds it only when asked', () => {
    const base = withArticle();
    const naming = base.drafts.filter((d) => /Red Cross/.test(d.candidate.quote));
    const other = base.drafts.find((d) => !/Red Cross|the organisation/.test(d.candidate.quote));
    expect(naming.length).toBeGreaterThan(0);
    let s = draftAccepted(base, naming[0]!.candidate.id);
    if (other) s = draftAccepted(s, other.candidate.id);
    const eventId = s.events.find((e) => /Red Cross/.test(e.evidence[0]!.quote))!.id;
    s = actorCreated(s, {
      name: 'Red Cross',
      aliases: [],
      kind: 'organisation',
      role: '',
      affiliation: null,
    });
    // Accepted events are not changed by the creation itself.
    expect(s.events.every((e) => !e.actors.includes('red-cross'))).toBe(true);
    expect(eventsNaming(s, 'actor', 'red-cross').map((e) => e.id)).toEqual([eventId]);
    const added = entityAddedToEvents(s, 'actor', 'red-cross', [eventId]);
    expect(added.events.find((e) => e.id === eventId)?.actors).toEqual(['red-cross']);
    expect(added.events.filter((e) => e.id !== eventId)).toEqual(
      s.events.filter((e) => e.id !== eventId),
    );
    expect(eventsNaming(added, 'actor', 'red-cross')).toEqual([]);
    expect(compiles(added).events.find((e) => e.id === eventId)?.actors).toEqual(['red-cross']);
    expect(() => entityAddedToEvents(s, 'actor', 'red-cross', ['no-such-event'])).toThrow(
      /no such event/,
    );
    expect(eventsNaming(s, 'place', 'red-cross')).toEqual([]);
  });

  it('a city needs coordinates in range; a country may have none', () => {
    const base = withArticle();
    const city = { name: 'Mariupol', aliases: [], kind: 'city' as const, country: null };
    expect(() => placeCreated(base, { ...city, lat: null, lon: null })).toThrow(
      /mariupol field lat: a city needs coordinates/,
    );
    expect(() => placeCreated(base, { ...city, lat: 95, lon: 37 })).toThrow(/outside -90\.\.90/);
    expect(() => placeCreated(base, { ...city, lat: 47, lon: null })).toThrow(/field lon/);
    let s = placeCreated(base, {
      name: 'Ukraine',
      aliases: [],
      kind: 'country',
      country: null,
      lat: null,
      lon: null,
    });
    s = placeCreated(s, { ...city, country: 'ukraine', lat: 47.0971, lon: 37.5434 });
    expect(s.places.map((p) => p.id)).toEqual(['ukraine', 'mariupol']);
    const names = s.drafts.find((d) => d.candidate.quote.includes('Mariupol'))!;
    expect(names.candidate.places).toContain('mariupol');
    expect(compiles(draftAccepted(s, names.candidate.id)).places).toHaveLength(2);
  });
});

describe('the story’s own settings', () => {
  const dayOne = {
    name: 'the invasion',
    date: '2022-02-24',
    words: ['invasion', ' war ', ''],
    basis: 'the articles count the days of the invasion from 24 February',
  };

  it('a day one dates the articles’ day counts, so an undated article is dated', () => {
    const undated = { ...newArticle(), published: undefined };
    const s = dayOneSet(articleAdded(emptyWorkspaceStory(), undated), dayOne);
    expect(s.story.referenceDates).toEqual([
      { ...dayOne, role: 'day-one', words: ['invasion', 'war'] },
    ]);
    // "now in its 40th day" of an invasion that began 24 February: 4 April.
    expect(compiles(s).articles[0]?.published).toBe('2022-04-04');
    expect(dayOneSet(s, null).story).toEqual({});
    expect(() => dayOneSet(s, { ...dayOne, basis: ' ' })).toThrow(/field basis/);
  });

  it('a title names the story; an empty one claims none', () => {
    const s = storyTitled(emptyWorkspaceStory(), ' The convoy ');
    expect(s.story).toEqual({ title: 'The convoy' });
    expect(storyTitled(s, '').story).toEqual({});
  });
});
