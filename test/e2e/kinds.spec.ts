import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset, EventKind } from '../../src/domain/types';
import { KIND_LOOKS } from '../../src/domain/view/kinds';
import { appReady, expect, test, timeline } from './fixtures';

// Every kind looks the same in every view: one symbol and one colour per kind, in the timeline's
// SVG marks, lane names, legend and canvas frames, the filters, the list, the details and the
// printed document. Which event has which kind comes from the dataset file, not from the app.
// Paper is white whatever the screen's theme: the printed document uses the light colours.

const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as Dataset;
const kindOf = new Map(dataset.events.map((e) => [e.id, e.kind]));
const kinds = [...new Set(dataset.events.map((e) => e.kind))].sort();

/** A symbol as drawn: its outline and its computed colour. */
interface Look {
  shape: string;
  color: string;
}

/** The symbols inside `root`, with the kind each stands for (`data-kind`, or `kindAt`). */
async function looks(root: Locator, selector: string): Promise<Array<Look & { kind: string }>> {
  return root.locator(selector).evaluateAll((nodes) =>
    nodes.map((n) => {
      const path = n instanceof SVGPathElement ? n : n.querySelector('path');
      const style = path ? getComputedStyle(path) : null;
      // A hollow mark (approximate date) shows its colour in the outline.
      const hollow = n.closest('.is-approx') !== null;
      const mark = n.closest('[data-key]')?.getAttribute('data-key') ?? '';
      return {
        kind: n.closest('[data-kind]')?.getAttribute('data-kind') ?? `event:${mark}`,
        shape: path?.getAttribute('d') ?? '',
        color: (hollow ? style?.stroke : style?.fill) ?? '',
      };
    }),
  );
}

/** `#rrggbb` as a computed style writes it: `rgb(r, g, b)`. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Checks every look against the reference of its kind; returns how many were checked. */
function expectSame(
  view: string,
  found: Array<Look & { kind: string }>,
  reference: Map<string, Look>,
) {
  for (const f of found) {
    const kind = f.kind.startsWith('event:') ? kindOf.get(f.kind.slice(6)) : f.kind;
    expect(kind, `${view}: a symbol with no kind`).toBeDefined();
    expect({ kind, ...pick(f) }, view).toEqual({ kind, ...reference.get(kind!) });
  }
  return found.length;
}

const pick = ({ shape, color }: Look): Look => ({ shape, color });

/** A kind's name as written next to its symbol: `talks` → "Talks". */
const named = (kind: string) => new RegExp(`^\\s*${kind}\\s*$`, 'i');

async function openTimeline(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  // The app's timeline, not the prerendered first screen it replaces.
  await appReady(page);
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
}

/** The kind of each lane's band on the canvas, painted during a zoom gesture. */
async function canvasColours(page: Page) {
  await expect(page.locator('.tl-plot[data-zoom="ready"]')).toHaveCount(1);
  return page.evaluate(async () => {
    const plot = document.querySelector('.tl-plot .tl-bg');
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.tl-canvas');
    if (!plot || !canvas) throw new Error('no plot or canvas');
    const box = plot.getBoundingClientRect();
    // Small notches: the view barely moves, so every lane keeps its marks on screen.
    for (let i = 0; i < 30 && !canvas.checkVisibility(); i++) {
      plot.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          deltaY: -4,
          bubbles: true,
          cancelable: true,
        }),
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const lanes = [...document.querySelectorAll('.tl-lane-labels path[data-kind]')].map((p) => {
      const r = p.getBoundingClientRect();
      return { kind: p.getAttribute('data-kind')!, y: r.top + r.height / 2 };
    });
    return lanes.map((lane, i) => {
      const top = i === 0 ? rect.top : (lanes[i - 1]!.y + lane.y) / 2;
      const bottom = i === lanes.length - 1 ? rect.bottom : (lane.y + lanes[i + 1]!.y) / 2;
      const counts: Record<string, number> = {};
      const y0 = Math.max(0, Math.round((top - rect.top) * ratio));
      const y1 = Math.min(canvas.height, Math.round((bottom - rect.top) * ratio));
      for (let y = y0; y < y1; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const o = (y * canvas.width + x) * 4;
          if (data[o + 3] !== 255) continue;
          const key = `rgb(${data[o]}, ${data[o + 1]}, ${data[o + 2]})`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
      }
      return { kind: lane.kind, counts };
    });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every kind has one symbol and one colour in every view (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });

    // The reference: the kind lanes' names on the timeline.
    await openTimeline(page);
    const lanes = await looks(page.locator('.tl-lane-labels'), 'path[data-kind]');
    expect(lanes.map((l) => l.kind).sort()).toEqual(kinds);
    const reference = new Map(lanes.map((l) => [l.kind, pick(l)]));
    // Each kind is told apart by its shape and by its colour.
    expect(new Set(lanes.map((l) => l.shape)).size).toBe(kinds.length);
    expect(new Set(lanes.map((l) => l.color)).size).toBe(kinds.length);

    // Timeline marks (SVG), every one on screen.
    const marks = await looks(timeline(page), '.tl-mark .tl-shape');
    expect(expectSame('timeline marks', marks, reference)).toBeGreaterThan(10);

    // Filters: the kind facet.
    const facet = page.getByRole('group', { name: 'Kinds' });
    expect(expectSame('filters', await looks(facet, '.kind-symbol'), reference)).toBe(kinds.length);

    // Timeline canvas (zoom and pan frames): each lane is painted in its kind's colour, and in
    // no other kind's.
    for (const band of await canvasColours(page)) {
      const own = reference.get(band.kind)!.color;
      expect(band.counts[own] ?? 0, `canvas lane ${band.kind}`).toBeGreaterThan(20);
      for (const [other, look] of reference) {
        if (other === band.kind) continue;
        expect(band.counts[look.color] ?? 0, `${other} in lane ${band.kind}`).toBeLessThan(5);
      }
    }

    // Legend (drawn with actor lanes, where the lanes no longer name the kinds).
    await openTimeline(page, '#/?lanes=actor');
    const legend = page.getByRole('list', { name: 'Legend' });
    expect(expectSame('legend', await looks(legend, 'path[data-kind]'), reference)).toBe(
      kinds.length,
    );
    const actorMarks = await looks(timeline(page), '.tl-mark .tl-shape');
    expect(expectSame('marks in actor lanes', actorMarks, reference)).toBeGreaterThan(10);

    // List: one row per event, its badge in its kind's look and name.
    await page.goto('/#/?layout=list');
    const rows = page.locator('.event-row');
    await expect(rows).toHaveCount(dataset.events.length);
    const listed = await looks(rows, '.kind-symbol');
    const rowKinds = await rows.evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute('data-event') ?? '',
        name: n.querySelector('.kind-badge')?.textContent?.trim().toLowerCase(),
      })),
    );
    rowKinds.forEach(({ id, name }, i) => {
      const kind = kindOf.get(id);
      expect({ id, name, ...pick(listed[i]!) }).toEqual({
        id,
        name: kind,
        ...reference.get(kind!),
      });
    });

    // Details, and the printed document, of one event of each kind.
    for (const kind of kinds) {
      const event = dataset.events.find((e) => e.kind === kind)!;
      await page.goto(`/#/event/${event.id}`);
      const badge = page.getByRole('article').locator('.kind-badge');
      await expect(badge).toHaveText(named(kind));
      expectSame('details', await looks(badge, '.kind-symbol'), reference);
    }
    await openTimeline(page);
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    const printed = page.locator('.print-view .print-event');
    await expect(printed).toHaveCount(dataset.events.length);
    const onPaper = new Map(
      [...reference].map(([kind, look]) => [
        kind,
        { ...look, color: rgb(KIND_LOOKS[kind as EventKind].light) },
      ]),
    );
    expect(expectSame('print', await looks(printed, '.kind-symbol'), onPaper)).toBe(
      dataset.events.length,
    );
    // Each printed event carries its own kind (by its title in the dataset).
    const shown = await printed.evaluateAll((nodes) =>
      nodes.map((r) => ({
        title: r.querySelector('h2')?.textContent ?? '',
        kind: r.querySelector('.kind-badge')?.textContent?.trim().toLowerCase(),
      })),
    );
    for (const { title, kind } of shown) {
      const event = dataset.events.find((e) => title.endsWith(e.title));
      expect({ title, kind }).toEqual({ title, kind: event?.kind });
    }
  });
}
