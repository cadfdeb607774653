import type { EventKind } from '../../types.ts';

/** A guessed event kind and the keyword it was guessed from. */
export interface KindGuess {
  kind: EventKind;
  basis: string;
}

/**
 * Keyword rules, most specific first: a denial of a strike is a denial, talks about a
 * ceasefire are talks, a statement about shelling is a strike. The first rule whose pattern
 * matches the sentence wins; its keyword is quoted in the basis so the editor sees why.
 */
const RULES: readonly { kind: EventKind; pattern: RegExp }[] = [
  {
    kind: 'denial',
    pattern:
      /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|rebuff(?:ed|s)?|refut(?:ed|es)|rejected)\b/i,
  },
  { kind: 'call', pattern: /\b(?:phone call|call with|spoke by phone|telephon\w*|phoned)\b/i },
  { kind: 'talks', pattern: /\b(?:talks|negotiat\w*|ceasefire|peace deal)\b/i },
  { kind: 'sanctions', pattern: /\b(?:sanction\w*|embargo\w*|asset freezes?)\b/i },
  {
    kind: 'humanitarian',
    pattern:
      /\b(?:evacuat\w*|humanitarian|corridors?|refugees?|convoys?|trapped|fled|displaced)\b/i,
  },
  {
    kind: 'aid',
    pattern: /\b(?:aid|military assistance|weapons deliver\w*|arms shipments?|donat\w*)\b/i,
  },
  { kind: 'meeting', pattern: /\b(?:met|meets|summit|visit(?:ed|s)?|hosted)\b/i },
  {
    kind: 'strike',
    pattern:
      /\b(?:shell(?:ed|ing|s)?|strikes?|struck|bomb\w*|missiles?|rockets?|air ?strikes?|air raids?|attack(?:ed|s)?|explosions?|killed)\b/i,
  },
  {
    kind: 'offensive',
    pattern:
      /\b(?:offensive|invasion|invad\w*|advanc(?:e|ed|es|ing)|captured|seized|encircl\w*|besieg\w*|siege|assault)\b/i,
  },
  { kind: 'report', pattern: /\b(?:reported|according to)\b/i },
  {
    kind: 'statement',
    pattern: /\b(?:said|says|told|warned|announced|stated|declared|urged|accused|tweeted|wrote)\b/i,
  },
];

/** Guesses an event kind from the keywords of a sentence (default: report). */
export function guessKind(sentence: string): KindGuess {
  for (const rule of RULES) {
    const m = rule.pattern.exec(sentence);
    if (m) return { kind: rule.kind, basis: `keyword “${m[0]}” → ${rule.kind}` };
  }
  return { kind: 'report', basis: 'no kind keyword in the sentence → report (the default)' };
}
