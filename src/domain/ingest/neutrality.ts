import { FILES, type Warning } from './problems.ts';

/**
 * Words that give a verdict on a claim. The dataset attributes claims and leaves verdicts to
 * its sources, so in a title or summary these belong inside a quotation (a source's words).
 */
export const VERDICT_WORDS = ['false', 'falsely', 'lie', 'lies', 'lied', 'fake', 'faked'] as const;

const VERDICT = new RegExp(`\\b(${VERDICT_WORDS.join('|')})\\b`, 'giu');
// A quotation in typographic or straight double quotes (an unclosed one runs to the end).
const QUOTATION = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu;

/** The verdict words of `text` that stand outside every quotation, in order. */
export function verdictWordsOutsideQuotes(text: string): string[] {
  const unquoted = text.replace(QUOTATION, (q) => ' '.repeat(q.length));
  return [...unquoted.matchAll(VERDICT)].map((m) => m[0]);
}

/** A warning for each event title or summary that gives a verdict in the dataset's own voice. */
export function verdictWarnings(
  events: readonly { id: string; title: string; summary: string }[],
): Warning[] {
  const warnings: Warning[] = [];
  for (const e of events) {
    for (const field of ['title', 'summary'] as const) {
      const words = verdictWordsOutsideQuotes(e[field]);
      if (words.length === 0) continue;
      warnings.push({
        kind: 'verdict-word',
        file: FILES.events,
        id: e.id,
        field,
        message: `${words.map((w) => `“${w}”`).join(', ')} outside a quotation: a verdict is a source's, so quote and attribute it (data/README.md, Neutrality)`,
      });
    }
  }
  return warnings;
}
