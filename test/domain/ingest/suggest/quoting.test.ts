import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  markdownText,
  shellWord,
} from '../../../../src/domain/ingest/suggest/quoting.ts';
import { renderReview } from '../../../../src/domain/ingest/suggest/review.ts';
import { suggest } from '../../../../src/domain/ingest/suggest/suggest.ts';
import { suggestInputs, textFile } from './fixture.ts';

const HOSTILE = [
  'plain.txt=YYYY-MM-DD',
  '$(id).txt=YYYY-MM-DD',
  '`id`; rm -rf x.txt',
  'it\'s "quoted" & <b>.txt',
  'a b\tc\nd.txt',
  '',
];

describe('shellWord', () => {
  it('leaves a plain word as it is', () => {
    expect(shellWord('undated.txt=YYYY-MM-DD')).toBe('undated.txt=YYYY-MM-DD');
  });

  // The oracle is the shell itself: the word must reach a command as exactly one argument.
  it.each(HOSTILE)('%j reaches sh as one literal argument', (value) => {
    const out = execFileSync('sh', ['-c', `printf '%s|' ${shellWord(value)}`], {
      encoding: 'utf8',
    });
    expect(out).toBe(`${value}|`);
  });
});

describe('codeSpan and markdownText', () => {
  it.each([
    ['text', '`text`'],
    ['a `b` c', '``a `b` c``'],
    ['``x', '``` ``x ```'],
    ['<img src=x onerror=alert(1)>', '`<img src=x onerror=alert(1)>`'],
    ['line\nbreak', '`line break`'],
  ])('codeSpan(%j) = %s', (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });

  it('escapes what starts HTML, links, images and code in prose', () => {
    expect(markdownText('file ![x](http://e/) <b>&amp; `c`')).toBe(
      'file \\!\\[x\\](http://e/) \\<b\\>\\&amp; \\`c\\`',
    );
  });
});

describe('review.md with a hostile article', () => {
  it('carries no raw HTML or image from the article and quotes the --published file name', () => {
    const text =
      '<img src=x onerror=alert(1)> Talks ![pixel](http://tracker.example/p.png)\n\n' +
      'Negotiators met in Istanbul on Tuesday <script>alert(1)</script>.\n';
    const result = suggest(suggestInputs([textFile('$(id) <b>.txt', text)]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const review = renderReview(result.suggestion);
    // Outside code spans (and their escaped forms) nothing of the article's markup remains.
    const outside = review.replace(/(`+)[^`]*?\1/g, '').replace(/\\[<>&[\]!`]/g, '');
    expect(outside).not.toMatch(/<|!\[/);
    expect(review).toContain(
      '`<img src=x onerror=alert(1)> Talks ![pixel](http://tracker.example/p.png)`',
    );
    expect(result.suggestion.articles[0]?.warnings.join(' ')).toContain(
      "--published '$(id) <b>.txt=YYYY-MM-DD'",
    );
  });
});
