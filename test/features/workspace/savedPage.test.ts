import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/domain/workspace/pipelineProtocol';
import {
  formatOf,
  incomingFromFile,
  MAX_FILE_BYTES,
} from '../../../src/features/workspace/intakeFiles';
import { savedPageText, withoutHandlers } from '../../../src/features/workspace/savedPage';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const page = () => readFileSync(path.join(FIXTURES, 'workspace/harbour-wire-convoy.html'), 'utf8');
const EMPTY = { actors: [], places: [], articlesMeta: [], events: [], story: {} };

describe('a saved web page', () => {
  it('is reduced to its article: headline, byline, paragraphs; no script, navigation or footer', () => {
    const text = savedPageText(page());
    const lines = text.split('\n\n');
    expect(lines[0]).toBe('Kharkiv aid deliveries resume after talks');
    expect(lines).toContain('By Anna Keller');
    expect(lines).toContain(
      'Aid convoys reached Kharkiv on Wednesday for the first time in a week, the United Nations said, after negotiators met in Istanbul.',
    );
    // A link's words stay as text; its target does not.
    expect(text).toContain('the humanitarian corridor would stay open');
    for (const absent of [
      'sourcelinePwned',
      'javascript:',
      'Subscribe',
      'All rights reserved',
      'https://',
    ]) {
      expect(text).not.toContain(absent);
    }
  });

  it('goes through the pipeline like a text file: title, author, dated drafts', () => {
    const result = readArticle(
      {
        origin: 'page.html',
        bytes: new TextEncoder().encode(savedPageText(page())),
        published: '2022-03-30',
      },
      EMPTY,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.reading.report).toMatchObject({
      title: 'Kharkiv aid deliveries resume after talks',
      author: null,
      byline: 'By Anna Keller',
    });
    expect(result.reading.candidates.map((c) => c.date)).toEqual([
      // Monday, Tuesday and Wednesday up to the Wednesday it was published, in date order.
      '2022-03-28',
      '2022-03-29',
      '2022-03-30',
    ]);
  });

  it('a page that is not UTF-8, a file too large, or another kind of file is refused by name', async () => {
    const latin1 = new File(
      [new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e])],
      'old.html',
    );
    expect(await incomingFromFile(latin1)).toEqual({
      ok: false,
      message: 'old.html: not valid UTF-8 (save the page as UTF-8)',
    });
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.txt');
    expect(await incomingFromFile(huge)).toMatchObject({
      ok: false,
      message: /^huge\.txt: larger than/,
    });
    expect(await incomingFromFile(new File(['x'], 'photo.png'))).toMatchObject({
      ok: false,
      message: 'photo.png: not a .txt, .md or .html file',
    });
    expect([formatOf('a.MD'), formatOf('b.htm'), formatOf('c.text'), formatOf('d')]).toEqual([
      'md',
      'html',
      'txt',
      null,
    ]);
  });

  it('the hostile article comes in as text: markup, links and control characters stay literal', async () => {
    const raw = readFileSync(path.join(FIXTURES, 'hostile/data/articles/001_hostile.txt'));
    const read = await incomingFromFile(new File([raw], '001_hostile.txt'));
    if (!read.ok) throw new Error(read.message);
    expect(read.article.bytes).toEqual(new Uint8Array(raw));
    const result = readArticle(
      { origin: '001_hostile.txt', bytes: read.article.bytes, published: '2022-03-10' },
      EMPTY,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const all = result.reading.paragraphs.join('\n');
    expect(all).toContain('<script>window.sourcelinePwned = 1</script> talks would continue');
    expect(all).toContain('<img src=x onerror="window.sourcelinePwned = 2">');
    expect(result.reading.candidates.some((c) => c.quote.includes('<script>'))).toBe(true);
  });
});

describe('inline event handlers in a saved page', () => {
  it('are renamed before parsing, in any case, quoted values left whole', () => {
    expect(
      withoutHandlers(
        `<body ONLOAD="x()"><img src=x onerror=alert(1)><a title="a > b onclick=no" onclick='go()'>on click</a><svg/onload=1>`,
      ),
    ).toBe(
      `<body data-inert-ONLOAD="x()"><img src=x data-inert-onerror=alert(1)><a title="a > b onclick=no" data-inert-onclick='go()'>on click</a><svg/data-inert-onload=1>`,
    );
  });

  it('leave no handler attribute in the parsed page of the fixture', () => {
    const doc = new DOMParser().parseFromString(withoutHandlers(page()), 'text/html');
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => /^on/i.test(n)),
    );
    expect(handlers).toEqual([]);
  });
});
