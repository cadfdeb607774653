import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/domain/ingest/compile';
import { verdictWarnings, verdictWordsOutsideQuotes } from '../../../src/domain/ingest/neutrality';
import { loadInputs } from './fixture';

describe('verdict words outside a quotation', () => {
  it.each([
    ['Russian Embassy in Britain tweets false claims on hospital', ['false']],
    ['The embassy falsely claimed the hospital was empty.', ['falsely']],
    ['Officials called it a lie; others called it Fake.', ['lie', 'Fake']],
    ['Zakharova called the reports “fake news”.', []],
    ['He called it "a lie" and "fake".', []],
    ['U.S. warns of Russian “false flag” at the UN', []],
    ['FISM News writes that the embassy “falsely claimed” this.', []],
    ['A believer, a falsehood, fakery: not verdict words as such.', []],
    ['Russia denies a false-flag plan.', ['false']],
    ['An unclosed quotation “is fake to the end', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(verdictWordsOutsideQuotes(text)).toEqual(expected);
  });

  it('warns per field, naming file, record and field', () => {
    const warnings = verdictWarnings([
      { id: 'tweet', title: 'Embassy tweets false claims', summary: 'It “lied”, they said.' },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        kind: 'verdict-word',
        file: 'data/events.json',
        id: 'tweet',
        field: 'title',
      }),
    ]);
    expect(warnings[0]?.message).toMatch(/“false” outside a quotation/);
  });

  it('the ingest warns, and still writes the dataset', () => {
    const inputs = loadInputs();
    (inputs.events[0] as { summary: string }).summary = 'The shelling was faked, officials say.';
    const result = compileDataset(inputs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.kind, w.id, w.field])).toEqual([
      ['verdict-word', 'mariupol-shelling', 'summary'],
    ]);
  });
});
