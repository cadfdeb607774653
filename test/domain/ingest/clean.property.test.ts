import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/domain/ingest/clean.ts';

describe('cleanArticle properties', () => {
  it('never rewrites a line: paragraphs are trimmed input lines, in input order', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Spread the love',
        '[ad_1]',
        'admin in: Other',
        'by jdoe',
        'Jane Doe, Some News',
        'Heading Here',
        '\u00a0Body text.\u00a0',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\n\n', '\r\n'),
        (lines, sep) => {
          const raw = lines.join(sep);
          const trimmed = raw.split(/\r?\n/).map((l) => l.trim());
          const { paragraphs, headline, byline, credit, removed } = cleanArticle(raw);
          let cursor = 0;
          for (const p of paragraphs) {
            cursor = trimmed.indexOf(p, cursor) + 1;
            expect(cursor).toBeGreaterThan(0);
          }
          // Every non-empty line is accounted for exactly once.
          const outputs = [
            headline,
            byline,
            credit?.line,
            ...paragraphs,
            ...removed.map((r) => r.text),
          ];
          expect(outputs.filter((x) => x !== null && x !== undefined)).toHaveLength(
            trimmed.filter((l) => l !== '').length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
