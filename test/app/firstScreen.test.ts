import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  endFirstScreen,
  firstScreenFor,
  loadAppAfterFirstPaint,
} from '../../src/app/firstScreen';
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

/** A window whose <html> carries the first screen's marks, and whose paints the test reports. */
function fakeWindow(firstScreen: string | undefined, visibilityState = 'visible') {
  const root = document.createElement('html');
  if (firstScreen !== undefined) Object.assign(root.dataset, { app: 'loading', firstScreen });
  const frames: (() => void)[] = [];
  const win = {
    document: { documentElement: root, visibilityState },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
    requestAnimationFrame: (f: () => void) => frames.push(f),
  } as unknown as Window;
  return { win, root, runFrame: () => frames.splice(0).forEach((f) => f()) };
}

/** Stubs PerformanceObserver: `paint(name)` reports a paint timing entry to every observer. */
function fakePaintTiming() {
  const observers = new Set<(names: string[]) => void>();
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private callback: PerformanceObserverCallback) {}
    observe() {
      observers.add(this.report);
    }
    disconnect() {
      observers.delete(this.report);
    }
    report = (names: string[]) =>
      this.callback(
        { getEntriesByName: (n: string) => names.filter((m) => m === n) } as never,
        this as never,
      );
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: (name: string) => observers.forEach((report) => report([name])) };
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  };

  it('resolves at once without a first screen or in a hidden tab', async () => {
    expect(await settled(afterFirstPaint(fakeWindow(undefined).win))).toBe(true);
    expect(await settled(afterFirstPaint(fakeWindow('view', 'hidden').win))).toBe(true);
  });

  it('waits for the first contentful paint, not any paint', async () => {
    const timing = fakePaintTiming();
    const waiting = afterFirstPaint(fakeWindow('view').win);
    timing.paint('first-paint');
    expect(await settled(waiting)).toBe(false);
    timing.paint('first-contentful-paint');
    expect(await settled(waiting)).toBe(true);
  });

  it('waits for a frame in an embed, whose first screen shows nothing contentful', async () => {
    fakePaintTiming();
    vi.useFakeTimers();
    const { win, runFrame } = fakeWindow('embed');
    const waiting = afterFirstPaint(win);
    expect(await settled(waiting)).toBe(false);
    runFrame();
    vi.advanceTimersByTime(0);
    expect(await settled(waiting)).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    fakePaintTiming();
    vi.useFakeTimers();
    const waiting = afterFirstPaint(fakeWindow('other').win, 2000);
    vi.advanceTimersByTime(1999);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
  });
});

describe('loadAppAfterFirstPaint', () => {
  /** A window whose animation frames and timers run when the test says. */
  function loadingWindow(visibility: DocumentVisibilityState) {
    const doc = document.implementation.createHTMLDocument('app');
    Object.defineProperty(doc, 'visibilityState', { value: visibility });
    // Parsed: the scripts wait for the first paint alone.
    Object.defineProperty(doc, 'readyState', { value: 'interactive' });
    const frames: FrameRequestCallback[] = [];
    const timers: Array<{ run: () => void; ms: number }> = [];
    const win = {
      document: doc,
      requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    } as unknown as Window;
    const scripts = () =>
      [...doc.head.querySelectorAll('script')].map((s) => [s.type, s.getAttribute('src')]);
    return { win, frames, timers, scripts };
  }

  it('adds the scripts in the task after the first animation frame, once', () => {
    const { win, frames, timers, scripts } = loadingWindow('visible');
    loadAppAfterFirstPaint(['./a.js', './b.js'], win, 2000);
    expect(scripts()).toEqual([]);
    frames.shift()?.(0);
    // The frame itself adds nothing: it runs before its paint.
    expect(scripts()).toEqual([]);
    timers.find((t) => t.ms === 0)?.run();
    expect(scripts()).toEqual([
      ['module', './a.js'],
      ['module', './b.js'],
    ]);
    timers.find((t) => t.ms === 2000)?.run();
    expect(scripts()).toHaveLength(2);
  });

  it('in a hidden tab, at once; without a frame, after the timeout', () => {
    const hidden = loadingWindow('hidden');
    loadAppAfterFirstPaint(['./a.js'], hidden.win);
    expect(hidden.scripts()).toEqual([['module', './a.js']]);
    const stuck = loadingWindow('visible');
    loadAppAfterFirstPaint(['./a.js'], stuck.win, 1500);
    stuck.timers.find((t) => t.ms === 1500)?.run();
    expect(stuck.scripts()).toEqual([['module', './a.js']]);
  });
});
