import { describe, expect, it } from 'vitest';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import { buildLayout } from '../../../src/domain/timeline/layout';
import { assignLanes } from '../../../src/domain/timeline/lanes';
import {
  buildColumns,
  placeColumns,
  withSelected,
  type PlacedItem,
} from '../../../src/domain/timeline/placement';
import { dayStart } from '../../../src/domain/timeline/time';
import type { DatasetEvent } from '../../../src/domain/types';
import { makeEvent } from '../../helpers/factories';
import { placeMarks } from '../../helpers/placeMarks';

const ev = (id: string, date: string, kind: DatasetEvent['kind'] = 'statement') =>
  makeEvent({ id, date, kind, title: id });

function layoutOf(events: DatasetEvent[], maxRows = 3) {
  const scale = buildTimelineScale(
    events.map((e) => dayStart(e.date)),
    'linear',
  );
  return buildLayout(events, assignLanes(events, 'kind', []), scale, maxRows);
}
const summary = (items: PlacedItem[]) =>
  items.map((i) => (i.type === 'event' ? `${i.key}@${i.row}` : `+${i.events.length}@${i.row}`));

describe('buildLayout', () => {
  it('spreads same-day events of a lane across the day and walks days, then lanes', () => {
    const events = [
      ev('s1', '2022-03-10'),
      ev('s2', '2022-03-10'),
      ev('t1', '2022-03-10', 'talks'),
      ev('s0', '2022-03-09'),
    ];
    const layout = layoutOf(events);
    expect(layout.byLane[1]!.map((l) => [l.event.id, l.u])).toEqual([
      ['s0', 0.5],
      ['s1', 1.25],
      ['s2', 1.75],
    ]);
    expect(layout.rows).toEqual([1, 2]);
    expect(layoutOf([ev('a', '2022-03-01'), ev('b', '2022-03-05')]).rows).toEqual([2]);
    expect(layout.ordered.map((l) => l.event.id)).toEqual(['s0', 't1', 's1', 's2']);
  });

  it('caps rows at maxRows', () => {
    const events = ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2022-03-10'));
    expect(layoutOf(events, 3).rows).toEqual([3]);
  });

  it.each([
    // [case, key events, label rows, rows of the statement lane]
    ['one key event: a row for it and one for the pill', ['a'], 0, [2, 2]],
    ['three close together: a row each and the pill', ['a', 'b', 'c'], 0, [4, 2]],
    ['three close together, label rows asked: two more', ['a', 'b', 'c'], 2, [6, 2]],
    ['one key event, label rows asked: none more', ['a'], 2, [2, 2]],
  ] as const)('rows for key events close together: %s', (_, keys, labelRows, rows) => {
    const events = [
      ...['a', 'b', 'c', 'd', 'e'].map((id, i) => ev(id, `2022-03-1${i}`)),
      ev('t1', '2022-03-10', 'talks'),
      ev('t2', '2022-03-10', 'talks'),
    ];
    const scale = buildTimelineScale(
      events.map((e) => dayStart(e.date)),
      'linear',
    );
    const lanes = assignLanes(events, 'kind', []);
    const layout = buildLayout(events, lanes, scale, 2, new Set(keys), labelRows);
    // The statement lane, then the talks lane (no key events: its two same-day events' rows).
    const rowsOf = (key: string) => layout.rows[layout.lanes.findIndex((l) => l.key === key)];
    expect([rowsOf('kind:statement'), rowsOf('kind:talks')]).toEqual(rows);
  });
});

describe('placeMarks', () => {
  const sameDay = ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2022-03-10'));
  const twoDays = [ev('x', '2022-03-01'), ev('y', '2022-03-02')];

  it.each([
    // [case, events, px per day, selected, expected marks]
    ['far apart: one mark each', twoDays, 100, null, ['x@0', 'y@0']],
    ['too close, fits the rows: stacked', twoDays, 10, null, ['x@0', 'y@1']],
    ['five same-day events, zoomed out: one cluster', sameDay, 20, null, ['+5@0']],
    ['the selected event is pulled out of its cluster', sameDay, 20, 'c', ['c@0', '+4@2']],
    // 5 marks 8 px apart, 3 rows: alternating rows puts each row's marks 16 px apart, no pill.
    ['close but spread over the rows', sameDay, 40, null, ['a@0', 'b@1', 'c@0', 'd@1', 'e@0']],
    ['zoomed in far enough: they split', sameDay, 200, null, ['a@0', 'b@0', 'c@0', 'd@0', 'e@0']],
  ] as const)('%s', (_, events, pxPerUnit, selectedId, expected) => {
    const layout = layoutOf([...events]);
    const items = placeMarks(layout, { pxPerUnit, range: [-10, 100], origin: 0, selectedId });
    expect(summary(items).sort()).toEqual([...expected].sort());
  });

  it('places only what is in range (plus the rest of a cluster crossing its edge)', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      ev(`e${i}`, `2022-03-${String(i + 1).padStart(2, '0')}`),
    );
    const layout = layoutOf(events);
    const items = placeMarks(layout, { pxPerUnit: 50, range: [10, 15], origin: 0 });
    expect(items.map((i) => i.key)).toEqual(['e10', 'e11', 'e12', 'e13', 'e14']);
  });

  it('gives identical keys and x for the same zoom whatever the panned range', () => {
    // Two events every other day: columns break at the empty days.
    const events = Array.from({ length: 30 }, (_, i) =>
      ev(`e${i}`, `2022-03-${String(1 + 2 * Math.floor(i / 2)).padStart(2, '0')}`),
    );
    const layout = layoutOf(events);
    const at = (lo: number) =>
      new Map(
        placeMarks(layout, { pxPerUnit: 20, range: [lo, lo + 8], origin: 0 }).map((i) => [
          i.key,
          JSON.stringify([i.type, i.x, i.row]),
        ]),
      );
    const a = at(3);
    const b = at(6.3);
    const shared = [...a.keys()].filter((k) => b.has(k));
    expect(shared.length).toBeGreaterThan(3);
    for (const k of shared) expect(a.get(k)).toBe(b.get(k));
  });

  it.each([
    ['before every event', [-10, -5]],
    ['after every event', [50, 60]],
    ['between events', [0.6, 0.9]],
  ] as const)('places nothing when the range is %s', (_, range) => {
    const layout = layoutOf(twoDays);
    expect(placeMarks(layout, { pxPerUnit: 100, range, origin: 0 })).toEqual([]);
  });

  it('measures x from the origin in content pixels', () => {
    const layout = layoutOf(twoDays);
    const items = placeMarks(layout, { pxPerUnit: 100, range: [0, 2], origin: 1 });
    expect(items.map((i) => (i.type === 'event' ? i.x : NaN))).toEqual([-50, 50]);
  });
});

describe('buildColumns', () => {
  // One event a day for 60 days in one lane.
  const daily = Array.from({ length: 60 }, (_, i) => {
    const d = new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);
    return ev(`d${i}`, d);
  });

  it.each([
    // [px per day, columns, events in the first column, binned]
    [100, 60, 1, false], // far apart: one column per event
    [10, 13, 5, true], // a 590 px run is cut into 48 px bins: days 0–4 (centres 0.5–4.5) in the first
    [1, 2, 48, true], // zoomed out: two bins
  ] as const)('%s px/day → %i columns', (pxPerUnit, count, firstSize, binned) => {
    const columns = buildColumns(layoutOf(daily), pxPerUnit)[0]!;
    expect(columns).toHaveLength(count);
    expect(columns[0]!.end - columns[0]!.start).toBe(firstSize);
    expect(columns[0]!.bin !== undefined).toBe(binned);
    // Every event is in exactly one column, in order.
    expect(columns.map((c) => c.end - c.start).reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('bins tile: binned clusters are drawn exactly across their bin', () => {
    // 5 px per day: a 48 px bin holds ~10 events, too many for 2 rows of marks 14 px apart.
    const items = placeMarks(layoutOf(daily), { pxPerUnit: 5, range: [0, 60], origin: 0 });
    const clusters = items.filter((i) => i.type === 'cluster');
    expect(clusters.length).toBeGreaterThan(5);
    for (const c of clusters) {
      if (c.type !== 'cluster') continue;
      expect(c.right - c.left).toBeCloseTo(45);
      expect(Math.round((c.left - 1.5) / 48) * 48).toBeCloseTo(c.left - 1.5);
    }
  });
});

describe('withSelected', () => {
  // Seeded crowd: 300 events over 40 days in three kinds, so zoomed out most fold into pills.
  let seed = 5;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const kinds = ['statement', 'strike', 'talks'] as const;
  const events = Array.from({ length: 300 }, (_, i) =>
    ev(`e${i}`, `2022-03-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`, kinds[i % 3]),
  );
  const crowd = layoutOf(events);

  it('places as placeColumns does with the selection, for random selections and zooms (property)', () => {
    let changed = 0;
    for (let round = 0; round < 60; round++) {
      const pxPerUnit = 2 ** (random() * 7);
      const columns = buildColumns(crowd, pxPerUnit, { minSpacing: 15 });
      const keyIds = new Set(events.filter(() => random() < 0.05).map((e) => e.id));
      const options = { pxPerUnit, range: [0, 30] as const, origin: 0, markSpacing: 15, keyIds };
      const selectedId = `e${Math.floor(random() * events.length)}`;
      const unselected = placeColumns(crowd, columns, options);
      const items = withSelected(unselected, crowd, columns, { ...options, selectedId });
      expect(items).toEqual(placeColumns(crowd, columns, { ...options, selectedId }));
      if (items !== unselected) changed++;
      // Drawn on its own already: nothing to change, the same array.
      if (unselected.some((i) => i.type === 'event' && i.key === selectedId))
        expect(items).toBe(unselected);
    }
    expect(changed).toBeGreaterThan(5);
  });

  it('keeps key events out of pills, one per row, the pill in the last row', () => {
    const sameDay = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ev(id, '2022-03-10'));
    const layout = layoutOf(sameDay);
    const place = (selectedId: string | null, keys: string[]) =>
      summary(
        placeMarks(layout, {
          pxPerUnit: 20,
          range: [-10, 100],
          origin: 0,
          selectedId,
          keyIds: new Set(keys),
        }),
      ).sort();
    // The row between them stays free for labels.
    expect(place(null, ['b'])).toEqual(['+5@2', 'b@0']);
    // Three rows: two marks pulled out at most, the selected one first.
    expect(place(null, ['b', 'd', 'f'])).toEqual(['+4@2', 'b@0', 'd@1']);
    expect(place('e', ['b', 'd'])).toEqual(['+4@2', 'b@1', 'e@0']);
  });
});
