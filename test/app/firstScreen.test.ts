import { describe, expect, it } from 'vitest';
import { endFirstScreen, firstScreenFor } from '../../src/app/firstScreen';
import { extractInlineStyles } from '../../src/app/firstScreenStyles';

describe('firstScreenFor', () => {
  it.each([
    ['no link, no last view', '', '', null, 'view'],
    ['an empty hash', '', '#', null, 'view'],
    ['the default view as a link', '', '#/', '#/?layout=list', 'view'],
    ['no link, the default view last', '', '', '#/', 'view'],
    ['an event link', '', '#/event/antalya-talks', null, 'other'],
    ['a filtered link', '', '#/?actor=sergey-lavrov', null, 'other'],
    ['no link, another last view', '', '', '#/?layout=list', 'other'],
    ['an embed of the default view', '?embed', '#/', null, 'embed'],
    ['an embed with other parameters', '?a=1&embed=', '', null, 'embed'],
  ] as const)('%s', (_, search, hash, lastView, expected) => {
    expect(firstScreenFor({ search, hash }, lastView)).toBe(expected);
  });
});

describe('endFirstScreen', () => {
  it('removes the loading marks and keeps the theme', () => {
    const root = document.createElement('html');
    Object.assign(root.dataset, { app: 'loading', firstScreen: 'other', theme: 'dark' });
    endFirstScreen(root);
    expect({ ...root.dataset }).toEqual({ theme: 'dark' });
  });
});

describe('extractInlineStyles', () => {
  it('moves each distinct style into one class, merged with the element’s classes', () => {
    const { markup, css } = extractInlineStyles(
      '<div class="a b" style="left:1px;top:2px"><span style="left:1px;top:2px">x</span>' +
        '<path d="M0,0" style="fill:light-dark(#111, #eee)"/></div>',
    );
    expect(markup).toBe(
      '<div class="a b fs-0"><span class="fs-0">x</span><path class="fs-1" d="M0,0"/></div>',
    );
    expect(css).toBe(
      '.fs-0{left:1px !important;top:2px !important}\n' +
        '.fs-1{fill:light-dark(#111, #eee) !important}\n',
    );
  });

  it('restores the characters React escaped in the attribute', () => {
    const { css } = extractInlineStyles('<p style="font-family:&quot;A &amp; B&quot;">t</p>');
    expect(css).toBe('.fs-0{font-family:"A & B" !important}\n');
  });

  it('leaves text that merely mentions style alone, and HTML without styles unchanged', () => {
    const input = '<p title="no style">style="left:0" is text</p>';
    expect(extractInlineStyles(input)).toEqual({ markup: input, css: '' });
  });

  it.each(['color:red}body{color:blue', 'color:red;/*', 'background:url(x)@import'])(
    'refuses a style that is not plain declarations: %s',
    (style) => {
      expect(() => extractInlineStyles(`<p style="${style}">t</p>`)).toThrow(/not plain/);
    },
  );
});
