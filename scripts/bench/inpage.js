// In-page half of `npm run bench`, injected with page.addInitScript before any app code.
// Plain JS on purpose: tsx rewrites TypeScript functions with a `__name` helper that does
// not exist in the page, so functions passed to page.evaluate must stay trivial.
//
// Conventions: times are performance.now() ms (origin = navigation start); "painted" means
// the second requestAnimationFrame after the change was seen (the frame that showed it has
// been presented); frame times are deltas between consecutive rAF timestamps.
(() => {
  const config = { marks: '' };
  const state = {
    drawnAt: null,
    drawnSeenAt: null,
    marksAtDraw: 0,
    textShownAt: null,
    errors: [],
  };

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const marks = () => (config.marks ? document.querySelectorAll(config.marks) : []);

  /**
   * What the timeline shows, in two halves. The DOM half: the number of marks, where the first
   * five are, and how many canvases are visible. The pixel half: for each visible canvas (a page
   * may paint its marks on one: Sourceline does while a gesture runs), a weighted sum of 15
   * evenly spaced rows of its pixels. Two prints differ when either half does; the pixel half is
   * read only when the DOM half is unchanged (see `changedSince`), so a frame whose DOM already
   * changed reads no pixels.
   *
   * Cost: getBoundingClientRect forces the pending style and layout, but in a rAF callback that
   * is the style and layout the frame does next (the same elements and dirty objects in a trace),
   * done earlier rather than twice; the print's own work is the query and the reads. Reading a
   * canvas rasterises its pending drawing early (the frame would too) and copies 15 rows.
   */
  const domPrint = () => {
    const list = marks();
    const parts = [String(list.length)];
    for (let i = 0; i < Math.min(list.length, 5); i++) {
      const el = list[i];
      const box = el.getBoundingClientRect();
      parts.push(
        `${el.getAttribute('aria-label') ?? el.textContent}@${Math.round(box.left)},${Math.round(box.top)}`,
      );
    }
    parts.push(`canvases:${visibleCanvases().length}`);
    return parts.join('|');
  };

  const visibleCanvases = () =>
    [...document.querySelectorAll('canvas')].filter(
      (canvas) => canvas.width > 0 && canvas.checkVisibility(),
    );

  const pixelPrint = () => {
    const parts = [];
    for (const canvas of visibleCanvases()) {
      const ctx = canvas.getContext('2d');
      let sum = 0;
      for (let row = 1; row < 16; row++) {
        const data = ctx
          ? ctx.getImageData(0, Math.floor((canvas.height * row) / 16), canvas.width, 1).data
          : [];
        for (let i = 0; i < data.length; i += 4) sum += data[i] * (i + 1);
      }
      parts.push(String(sum));
    }
    return parts.join('|');
  };

  /** The whole print: both halves (read them in one frame: they describe one moment). */
  const fingerprint = () => ({ dom: domPrint(), pixels: pixelPrint() });

  /** Whether what the timeline shows differs from `before` (a `fingerprint()`). */
  const changedSince = (before) => domPrint() !== before.dom || pixelPrint() !== before.pixels;

  /** Starts watching for the first frame with marks; call from an init script. */
  const watchFirstDraw = (markSelector) => {
    config.marks = markSelector;
    const poll = () => {
      if (document.querySelector(markSelector)) {
        state.drawnSeenAt = performance.now();
        state.marksAtDraw = document.querySelectorAll(markSelector).length;
        requestAnimationFrame(() => {
          state.drawnAt = performance.now();
        });
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };

  /**
   * Starts watching for an element matching `selector` whose text includes `text` (a deep
   * link's details); state.textShownAt is then the frame after the one that showed it.
   */
  const watchText = (selector, text) => {
    const poll = () => {
      const shown = [...document.querySelectorAll(selector)].some((el) =>
        el.textContent?.includes(text),
      );
      if (shown) {
        requestAnimationFrame(() => {
          state.textShownAt = performance.now();
        });
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };

  const waitFrames = async (n) => {
    for (let i = 0; i < n; i++) await nextFrame();
  };

  /**
   * Resolves once the page's service worker is active (its first install precaches the app and
   * its dataset on other threads, competing for the cores), or after `limitMs`, or at once
   * where there is none.
   */
  const serviceWorkerReady = (limitMs) =>
    Promise.race([navigator.serviceWorker?.ready, sleep(limitMs)]);

  /** Waits until the page has been idle (no frame over 50 ms) for `quietFrames` frames. */
  const settle = async (quietFrames = 10, limitMs = 30000) => {
    const start = performance.now();
    let last = await nextFrame();
    let quiet = 0;
    while (quiet < quietFrames && performance.now() - start < limitMs) {
      const t = await nextFrame();
      quiet = t - last < 50 ? quiet + 1 : 0;
      last = t;
    }
  };

  /**
   * Runs `act` at t0 and resolves with the time until the frame after the one in which the
   * timeline's fingerprint (or `done()`) first changed was presented. Rejects the promise
   * value with `{ timedOut: true }` when nothing changed within `limitMs`.
   */
  const actToPaint = async (act, done, limitMs = 30000) => {
    const before = fingerprint();
    const changed = done ?? (() => changedSince(before));
    const t0 = performance.now();
    act();
    for (;;) {
      await nextFrame();
      if (changed()) break;
      if (performance.now() - t0 > limitMs) return { ms: null, timedOut: true };
    }
    await nextFrame();
    return { ms: performance.now() - t0, timedOut: false };
  };

  const pointerInit = (x, y, buttons) => ({
    clientX: x,
    clientY: y,
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    buttons,
    pointerId: 1,
    pointerType: 'mouse',
    isPrimary: true,
    view: window,
  });

  /** Dispatches the pointer and mouse halves of a press, move or release (d3 listens to mouse, Hammer to pointer). */
  const press = (target, type, x, y, buttons) => {
    const pointer = { down: 'pointerdown', move: 'pointermove', up: 'pointerup' }[type];
    const mouse = { down: 'mousedown', move: 'mousemove', up: 'mouseup' }[type];
    target.dispatchEvent(new PointerEvent(pointer, pointerInit(x, y, buttons)));
    target.dispatchEvent(new MouseEvent(mouse, pointerInit(x, y, buttons)));
  };

  /**
   * A wheel notch as a trusted one looks: deltaY ±120 px and the legacy wheelDelta of the
   * opposite sign (vis-timeline reads wheelDelta; d3-zoom reads deltaY).
   */
  const wheel = (target, x, y, deltaY) => {
    const event = new WheelEvent('wheel', { ...pointerInit(x, y, 0), deltaY, deltaMode: 0 });
    Object.defineProperty(event, 'wheelDelta', { value: -deltaY });
    Object.defineProperty(event, 'wheelDeltaY', { value: -deltaY });
    target.dispatchEvent(event);
  };

  /**
   * One step per animation frame: `steps` wheel notches or drag moves at (x, y), recording
   * the rAF timestamps. Frame i's time is t[i+1] - t[i]: the frame in which step i was
   * handled and drawn. Stops early (partial result) past `limitMs`.
   */
  const drive = async ({ kind, x, y, steps, deltaY = -120, dx = 10, limitMs = 60000 }) => {
    const target = document.elementFromPoint(x, y);
    if (!target) return { error: `nothing at (${x}, ${y})` };
    const before = fingerprint();
    const times = [];
    const start = performance.now();
    let px = x;
    let middle = false;
    times.push(await nextFrame());
    if (kind === 'pan') press(target, 'down', px, y, 1);
    for (let i = 0; i < steps; i++) {
      if (kind === 'zoom') wheel(target, x, y, i < steps / 2 ? deltaY : -deltaY);
      else if (kind === 'zoom-in') wheel(target, x, y, deltaY);
      else {
        px += dx;
        press(window, 'move', px, y, 1);
      }
      times.push(await nextFrame());
      if (i === Math.floor(steps / 2) - 1) middle = changedSince(before);
      if (performance.now() - start > limitMs) break;
    }
    if (kind === 'pan') press(window, 'up', px, y, 0);
    const frames = times.slice(1).map((t, i) => t - times[i]);
    return {
      frames,
      completed: frames.length === steps,
      target: `${target.tagName.toLowerCase()}.${String(target.className?.baseVal ?? target.className)}`,
      changed: middle || changedSince(before),
    };
  };

  /**
   * A point inside `rootSelector` whose element is not inside `avoidSelector` (empty chart area):
   * near the centre first, then anywhere on a grid over the chart; null when marks cover it all.
   */
  const emptyPoint = (rootSelector, avoidSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) return null;
    const box = root.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const isEmpty = (x, y) => {
      const el = document.elementFromPoint(x, y);
      return el && root.contains(el) && !el.closest(avoidSelector);
    };
    for (let fy = 0.5; fy < 0.95; fy += 0.03) {
      for (const fx of [0, -0.1, 0.1, -0.2, 0.2]) {
        const x = cx + fx * box.width;
        const y = box.top + fy * box.height;
        if (isEmpty(x, y)) return { x, y };
      }
    }
    for (let fy = 0.45; fy > 0.05; fy -= 0.03) {
      const y = box.top + fy * box.height;
      if (isEmpty(cx, y)) return { x: cx, y };
    }
    for (let fy = 0.02; fy < 1; fy += 0.02) {
      for (let fx = 0.02; fx < 1; fx += 0.02) {
        const x = box.left + fx * box.width;
        const y = box.top + fy * box.height;
        if (isEmpty(x, y)) return { x, y };
      }
    }
    return null;
  };

  /**
   * Clicks `selector` (pointer, mouse and click events) and times it to the repaint: of the
   * timeline's marks by default, or of an element matching `done.selector` whose text
   * contains `done.text` (e.g. the details heading of the selected event).
   */
  const clickToPaint = async (selector, done) => {
    const el = document.querySelector(selector);
    if (!el) return { ms: null, error: `no element ${selector}` };
    const appeared = done
      ? () =>
          [...document.querySelectorAll(done.selector)].some((d) =>
            d.textContent?.includes(done.text),
          )
      : undefined;
    if (appeared?.()) return { ms: null, error: `"${done.text}" already shown before the click` };
    return actToPaint(() => {
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      press(el, 'down', x, y, 1);
      press(el, 'up', x, y, 0);
      el.dispatchEvent(new MouseEvent('click', pointerInit(x, y, 0)));
    }, appeared);
  };

  /**
   * Search: puts `text` in the search field as typing does (an input event), then presses Enter
   * (which runs the search at once instead of after the typing pause) and times it to the frame
   * after the results for `text` are shown (the results heading names the text and the summary
   * no longer says "Searching…").
   */
  const searchToPaint = async (inputSelector, text) => {
    const input = document.querySelector(inputSelector);
    if (!input) return { ms: null, error: `no element ${inputSelector}` };
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const shown = () => {
      const title = document.querySelector('#search-title');
      const summary = document.querySelector('.search-summary');
      return (
        !!title?.textContent?.includes(text) &&
        !!summary &&
        !/Searching/.test(summary.textContent ?? '')
      );
    };
    return actToPaint(() => {
      input.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          bubbles: true,
          cancelable: true,
        }),
      );
    }, shown);
  };

  /** The `attr` values of the visible marks, nearest the chart centre first (at most `limit`). */
  const marksNearCentre = (rootSelector, attr, limit) => {
    const root = document.querySelector(rootSelector);
    if (!root) return [];
    const box = root.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const found = [];
    for (const el of marks()) {
      const value = el.getAttribute(attr);
      const b = el.getBoundingClientRect();
      const outside =
        b.right < box.left || b.left > box.right || b.bottom < box.top || b.top > box.bottom;
      if (!value || b.width === 0 || outside) continue;
      found.push([Math.hypot(b.left + b.width / 2 - cx, b.top + b.height / 2 - cy), value]);
    }
    return found
      .sort((a, b) => a[0] - b[0])
      .slice(0, limit)
      .map((f) => f[1]);
  };

  /** Marks the mark whose `attr` is `value` with data-bench-pick (for clickToPaint). */
  const tagMark = (attr, value) => {
    document
      .querySelectorAll('[data-bench-pick]')
      .forEach((el) => el.removeAttribute('data-bench-pick'));
    const el = [...marks()].find((m) => m.getAttribute(attr) === value);
    el?.setAttribute('data-bench-pick', '');
    return Boolean(el);
  };

  window.addEventListener('error', (e) => state.errors.push(String(e.message)));
  window.benchHarness = {
    state,
    watchFirstDraw,
    watchText,
    settle,
    serviceWorkerReady,
    waitFrames,
    drive,
    emptyPoint,
    clickToPaint,
    searchToPaint,
    marksNearCentre,
    tagMark,
    fingerprint,
    sleep,
  };
})();
