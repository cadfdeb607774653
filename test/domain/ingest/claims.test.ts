import { describe, expect, it } from 'vitest';
import { compileDataset, type CompileResult } from '../../../src/domain/ingest/compile.ts';
import type { Problem } from '../../../src/domain/ingest/problems.ts';
import { DATA_DIR, loadInputs } from './fixture.ts';

type Json = Record<string, unknown>;
type ClaimsFile = { quantities: Json[]; claims: Json[] };

/** The real data with `edit` applied to a fresh copy of claims.json (and events.json). */
function compileWith(edit: (claims: ClaimsFile, events: Json[]) => void): CompileResult {
  const inputs = loadInputs(DATA_DIR);
  const claims = structuredClone(inputs.claims) as ClaimsFile;
  edit(claims, inputs.events);
  return compileDataset({ ...inputs, claims });
}
const problemsOf = (r: CompileResult): Problem[] => (r.ok ? [] : r.problems);
const claim = (c: ClaimsFile, id: string): Json => {
  const found = c.claims.find((x) => x.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const event = (events: Json[], id: string): Json => events.find((e) => e.id === id) as Json;

describe('claims in the compiled dataset', () => {
  const result = compileDataset(loadInputs(DATA_DIR));
  if (!result.ok) throw new Error('data/ does not compile');
  const { claims, articles, quantities } = result.dataset;

  it('locate every quote verbatim: the paragraph slice at the computed offsets is the quote', () => {
    expect(claims.length).toBeGreaterThan(10);
    for (const c of claims) {
      const article = articles.find((a) => a.id === c.evidence.article);
      const text = article?.paragraphs[c.evidence.paragraph] ?? '';
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    }
  });

  it('date each claim from its basis: the publication date, a stated phrase, or the event', () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    // "The local council claims …" states no date: El País's publication date (10 March).
    expect(byId.get('mariupol-deaths-el-pais-1200')?.refersTo).toEqual({
      date: '2022-03-10',
      basis: 'published',
      phrase: null,
    });
    expect(byId.get('mariupol-deaths-fism-1700')?.refersTo).toEqual({
      date: '2022-03-09',
      basis: 'stated',
      phrase: 'on Wednesday',
    });
    expect(byId.get('hospital-deaths-ukrainian-authorities')?.refersTo.date).toBe(
      result.dataset.events.find((e) => e.id === 'mariupol-maternity-hospital-strike')?.date,
    );
  });

  it('default the qualifier to exact and max to null, and sort by quantity, date, id', () => {
    const c = claims.find((x) => x.id === 'mariupol-deaths-el-pais-1200');
    expect(c).toMatchObject({ qualifier: 'exact', max: null, value: 1200 });
    const keys = claims.map((x) => `${x.quantity} ${x.refersTo.date} ${x.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(quantities.map((q) => q.id)).toEqual(quantities.map((q) => q.id).sort());
    expect(quantities.find((q) => q.id === 'maternity-hospital-deaths')?.cumulative).toBe(false);
  });

  it('are empty when the story has no claims.json', () => {
    const { claims: _none, ...inputs } = loadInputs(DATA_DIR);
    const r = compileDataset(inputs);
    expect(r.ok && [r.dataset.quantities, r.dataset.claims]).toEqual([[], []]);
  });
});

describe('faults in data/claims.json name the file, the record and the field', () => {
  const C = 'mariupol-deaths-fism-1700';
  it.each<[string, (c: ClaimsFile) => void, string, string, RegExp]>([
    [
      'an unknown quantity',
      (c) => (claim(c, C).quantity = 'nope'),
      C,
      'quantity',
      /unknown quantity "nope"/,
    ],
    [
      'an unknown article',
      (c) => (claim(c, C).article = 'nope'),
      C,
      'article',
      /unknown article "nope"/,
    ],
    ['an unknown event', (c) => (claim(c, C).event = 'nope'), C, 'event', /unknown event "nope"/],
    [
      'an unknown actor',
      (c) => (claim(c, C).attribution = { actor: 'nobody', text: 'Ukrainian state officials' }),
      C,
      'attribution.actor',
      /unknown actor "nobody"/,
    ],
    [
      'a quote that is not verbatim',
      (c) => (claim(c, C).quote = 'at least 1,800 citizens have been killed'),
      C,
      'quote',
      /quote not found verbatim in article "fism-no-progress-in-talks"/,
    ],
    [
      'a quote with straight quotes for typographic ones',
      (c) => (claim(c, 'ukraine-children-killed-78').quote = "as a result of Russia's attacks"),
      'ukraine-children-killed-78',
      'quote',
      /quotation marks, apostrophes/,
    ],
    [
      'attribution words not in the quote',
      (c) => (claim(c, C).attribution = { text: 'the Kremlin' }),
      C,
      'attribution.text',
      /“the Kremlin” is not in the quote/,
    ],
    [
      'a stated phrase not in the quote',
      (c) => (claim(c, C).refersTo = { basis: 'stated', date: '2022-03-09', phrase: 'on Tuesday' }),
      C,
      'refersTo.phrase',
      /“on Tuesday” is not in the quote/,
    ],
    [
      'a stated date that is not a calendar date',
      (c) =>
        (claim(c, C).refersTo = { basis: 'stated', date: '2022-02-30', phrase: 'on Wednesday' }),
      C,
      'refersTo.date',
      /not a real calendar date/,
    ],
    [
      'a publication-date basis with a typed date',
      (c) => (claim(c, C).refersTo = { basis: 'published', date: '2022-03-11' }),
      C,
      'refersTo',
      /takes its date from the data/,
    ],
    [
      'an event basis without an event',
      (c) => {
        delete claim(c, C).event;
        claim(c, C).refersTo = { basis: 'event' };
      },
      C,
      'refersTo.basis',
      /needs the claim's event/,
    ],
    ['a range that goes down', (c) => (claim(c, C).max = 1000), C, 'max', /max above value/],
    ['a misspelt field', (c) => (claim(c, C).valeu = 3), C, '(record)', /unrecognized key/i],
    ['a value that is not a number', (c) => (claim(c, C).value = '1,700'), C, 'value', /number/],
    ['a duplicate claim id', (c) => c.claims.push({ ...claim(c, C) }), C, 'id', /duplicate id/],
    [
      'a quantity without a unit',
      (c) => delete (c.quantities[0] as Json).unit,
      'mariupol-civilian-deaths',
      'unit',
      /expected string/i,
    ],
    [
      'a file without claims',
      (c) => delete (c as Partial<ClaimsFile>).claims,
      '(file)',
      'claims',
      /expected array/i,
    ],
  ])('%s', (_label, edit, id, field, message) => {
    const problems = problemsOf(compileWith((c) => edit(c)));
    const match = problems.find((p) => p.id === id && p.field === field);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.file).toBe('data/claims.json');
    expect(match?.message).toMatch(message);
  });

  it('warns when a stated phrase resolves to another day than the stated date', () => {
    const r = compileWith((c) => {
      claim(c, C).refersTo = { basis: 'stated', date: '2022-03-08', phrase: 'on Wednesday' };
    });
    expect(r.ok && r.warnings).toEqual([
      expect.objectContaining({ file: 'data/claims.json', id: C, field: 'refersTo.date' }),
    ]);
  });
});

describe('responses between events (events.json `responds`)', () => {
  it('compile both kinds of link as given', () => {
    const r = compileDataset(loadInputs(DATA_DIR));
    if (!r.ok) throw new Error('data/ does not compile');
    const peskov = r.dataset.events.find((e) => e.id === 'peskov-denies-hospital-strike');
    expect(peskov?.responds).toEqual([
      { event: 'mariupol-maternity-hospital-strike', relation: 'denies' },
    ]);
    // Events that answer nothing carry no field at all.
    expect(r.dataset.events.find((e) => e.id === 'antalya-talks')).not.toHaveProperty('responds');
  });

  it.each<[string, Json[], RegExp]>([
    ['an unknown event', [{ event: 'nope', relation: 'denies' }], /unknown event "nope"/],
    [
      'the event itself',
      [{ event: 'kuleba-zero-progress', relation: 'rebuts' }],
      /cannot answer itself/,
    ],
    [
      'the same event twice',
      [
        { event: 'putin-positive-shifts', relation: 'rebuts' },
        { event: 'putin-positive-shifts', relation: 'responds' },
      ],
      /answered more than once/,
    ],
  ])('reject %s with file, record and field', (_label, responds, message) => {
    const problems = problemsOf(
      compileWith((_c, events) => (event(events, 'kuleba-zero-progress').responds = responds)),
    );
    const field = responds.length > 1 ? 'responds[1].event' : 'responds[0].event';
    expect(problems).toEqual([
      {
        file: 'data/events.json',
        id: 'kuleba-zero-progress',
        field,
        message: expect.stringMatching(message),
      },
    ]);
  });

  it('reject an unknown relation', () => {
    const problems = problemsOf(
      compileWith((_c, events) => {
        event(events, 'kuleba-zero-progress').responds = [
          { event: 'putin-positive-shifts', relation: 'likes' },
        ];
      }),
    );
    expect(problems[0]).toMatchObject({
      file: 'data/events.json',
      id: 'kuleba-zero-progress',
      field: 'responds[0].relation',
    });
  });
});
