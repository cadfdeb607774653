import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../../src/domain/types';
import { generateDataset } from '../../../../scripts/bench/synthetic/generate';
import { validateDataset } from '../../../../src/domain/dataset/validateDataset';

const DAY_MS = 86_400_000;
const small = generateDataset({ events: 2_000, seed: 1 });

describe('generateDataset', () => {
  it('is deterministic: the same seed gives the same bytes', () => {
    const again = generateDataset({ events: 2_000, seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
  });

  it('gives a different story for another seed', () => {
    const other = generateDataset({ events: 2_000, seed: 2 });
    expect(other.events.map((e) => e.date)).not.toEqual(small.events.map((e) => e.date));
  });

  it.each([
    [0, 3],
    [11, 3],
    [1_000, 20],
    [2_000, 40],
    [10_000, 200],
  ])('%i events come with %i articles, 40+ actors and 30+ cities', (events, articles) => {
    const d = events === 2_000 ? small : generateDataset({ events, seed: 7 });
    expect(d.events).toHaveLength(events);
    expect(d.articles).toHaveLength(articles);
    expect(d.actors.length).toBeGreaterThanOrEqual(40);
    const cities = d.places.filter((p) => p.kind === 'city');
    expect(cities.length).toBeGreaterThanOrEqual(30);
  });

  it('passes the compiled-dataset validator (verbatim quotes, references, sorting)', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(small)), 'synthetic');
    expect(result.problems).toEqual([]);
  });

  it('uses every event kind, both precisions, 1–3 sources per event', () => {
    expect(new Set(small.events.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    const approximate = small.events.filter((e) => e.datePrecision === 'approximate').length;
    expect(approximate / small.events.length).toBeGreaterThan(0.05);
    expect(approximate / small.events.length).toBeLessThan(0.25);
    const counts = new Set(small.events.map((e) => e.evidence.length));
    expect(counts).toEqual(new Set([1, 2, 3]));
  });

  it('bunches events into clusters with empty gaps', () => {
    const days = small.events.map((e) => Date.parse(e.date) / DAY_MS);
    const perDay = new Map<number, number>();
    for (const d of days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    const span = days[days.length - 1]! - days[0]! + 1;
    // Clustered: far fewer distinct days than the span, and the busiest day well above the mean.
    expect(perDay.size).toBeLessThan(span * 0.75);
    expect(Math.max(...perDay.values())).toBeGreaterThan((small.events.length / perDay.size) * 2);
    const distinct = [...perDay.keys()].sort((a, b) => a - b);
    const longestGap = Math.max(...distinct.slice(1).map((d, i) => d - distinct[i]!));
    expect(longestGap).toBeGreaterThanOrEqual(5);
  });

  it('computes mentions where names were written', () => {
    const names = new Map([...small.actors, ...small.places].map((x) => [x.id, x.name]));
    const paragraphs = new Map(small.articles.map((a) => [a.id, a.paragraphs]));
    expect(small.mentions.length).toBeGreaterThan(small.events.length);
    for (const m of small.mentions.slice(0, 500)) {
      const text = paragraphs.get(m.article)![m.paragraph]!.slice(m.start, m.end);
      expect(text).toBe(names.get(m.id));
    }
  });

  it('cites articles published on or after the event, except at the story’s end', () => {
    const published = new Map(small.articles.map((a) => [a.id, a.published]));
    const early = small.events.filter((e) =>
      e.evidence.some((ev) => published.get(ev.article)! < e.date),
    );
    expect(early.length / small.events.length).toBeLessThan(0.05);
  });

  it('cites mostly articles published within two weeks of the event', () => {
    const published = new Map(small.articles.map((a) => [a.id, Date.parse(a.published)]));
    const citations = small.events.flatMap((e) =>
      e.evidence.map((ev) => published.get(ev.article)! - Date.parse(e.date)),
    );
    const late = citations.filter((ms) => ms > 14 * DAY_MS).length;
    expect(late / citations.length).toBeLessThan(0.1);
  });
});
