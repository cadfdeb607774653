import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../../src/domain/ingest/suggest/kind.ts';
import { slugify, uniqueSlug } from '../../../../src/domain/ingest/suggest/slug.ts';
import { draftTitle } from '../../../../src/domain/ingest/suggest/suggest.ts';

describe('guessKind', () => {
  it.each([
    ['The Kremlin denied that its forces had shelled the hospital.', 'denial', 'denied'],
    ['Negotiators met in Istanbul.', 'talks', 'Negotiators'],
    ['The EU imposed new sanctions.', 'sanctions', 'sanctions'],
    ['Civilians were evacuated through a corridor.', 'humanitarian', 'evacuated'],
    ['Washington announced more military assistance.', 'aid', 'military assistance'],
    ['Macron held a phone call with Putin.', 'call', 'phone call'],
    ['Biden met NATO leaders in Brussels.', 'meeting', 'met'],
    ['Russian forces shelled Kharkiv.', 'strike', 'shelled'],
    ['Troops advanced on Kyiv.', 'offensive', 'advanced'],
    ['Reuters reported heavy losses.', 'report', 'reported'],
    ['Zelensky warned of a long war.', 'statement', 'warned'],
  ])('%s → %s', (sentence, kind, keyword) => {
    expect(guessKind(sentence)).toEqual({ kind, basis: `keyword “${keyword}” → ${kind}` });
  });

  it('defaults to report and says so', () => {
    expect(guessKind('Snow fell on Tuesday.')).toEqual({
      kind: 'report',
      basis: 'no kind keyword in the sentence → report (the default)',
    });
  });
});

describe('slugs and titles', () => {
  it('slugifies with accents folded, apostrophes dropped, leading stop words skipped', () => {
    expect(slugify('The Kremlin’s “reply” to El País: café talks')).toBe(
      'kremlins-reply-to-el-pais-cafe',
    );
    expect(slugify('¿¡')).toBe('untitled');
  });

  it('numbers a slug until it is free and reserves it', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', taken)).toBe('a-3');
    expect(taken.has('a-3')).toBe(true);
    expect(uniqueSlug('b', taken)).toBe('b');
  });

  it('cuts a long sentence into a draft title at a word boundary', () => {
    expect(draftTitle('Short sentence.')).toBe('Short sentence.');
    const long = `${'word '.repeat(30)}end.`;
    const title = draftTitle(long);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('word…')).toBe(true);
  });
});
