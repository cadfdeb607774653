import { describe, expect, it } from 'vitest';
import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import { buildLayout } from '../../../src/domain/timeline/layout';
import { assignLanes } from '../../../src/domain/timeline/lanes';
import { dayStart } from '../../../src/domain/timeline/time';
import { keyAction } from '../../../src/features/timeline/keyboard';
import { clusteredDataset, ev } from './fixtures';
import { placeMarks } from '../../helpers/placeMarks';

const { events } = clusteredDataset();
const scale = buildTimelineScale(
  events.map((e) => dayStart(e.date)),
  'compressed',
);
const layout = buildLayout(events, assignLanes(events, 'kind', []), scale);
const ctx = { layout, item: null, selectedId: 'antalya', window: [0, 10] as const, maxSpan: 40 };

describe('keyAction', () => {
  it.each([
    ['ArrowRight', false, { type: 'select', id: 'no-progress' }],
    ['ArrowLeft', false, { type: 'select', id: 'maternity' }],
    ['Home', false, { type: 'select', id: 'invasion' }],
    ['End', false, { type: 'select', id: 'kremlin-doubt' }],
    ['ArrowRight', true, { type: 'window', window: [2.5, 12.5] }],
    ['0', false, { type: 'fit' }],
    ['F', false, { type: 'fit' }],
    ['x', false, null],
  ] as const)('%s (shift %s)', (key, shift, expected) => {
    expect(keyAction(key, shift, ctx)).toEqual(expected);
  });

  it('zooms in around the selected event when it is on screen', () => {
    const u = layout.byId.get('antalya')!.u;
    const action = keyAction('+', false, ctx);
    expect(action?.type).toBe('window');
    const w = action?.type === 'window' ? action.window : [0, 0];
    expect(w[1] - w[0]).toBeCloseTo(5);
    expect((u - w[0]) / (w[1] - w[0])).toBeCloseTo(u / 10);
  });

  it('stops at the ends', () => {
    expect(keyAction('ArrowRight', false, { ...ctx, selectedId: 'kremlin-doubt' })).toEqual({
      type: 'select',
      id: 'kremlin-doubt',
    });
  });

  it('Enter on a cluster expands it; Right enters it at its first event, Left leaves it', () => {
    const busy = [...events, ...['p', 'q', 'r'].map((id) => ev(id, '2022-03-10'))];
    const busyLayout = buildLayout(busy, assignLanes(busy, 'kind', []), scale);
    const cluster = placeMarks(busyLayout, { pxPerUnit: 1, range: [-5, 20], origin: 0 }).find(
      (i) => i.type === 'cluster',
    );
    if (cluster?.type !== 'cluster') throw new Error('expected a cluster');
    const c = { ...ctx, layout: busyLayout, item: cluster };
    expect(keyAction('Enter', false, c)).toEqual({ type: 'expand', item: cluster });
    const orders = cluster.events.map((l) => l.order);
    const first = busyLayout.ordered[Math.min(...orders)]!.event.id;
    const before = busyLayout.ordered[Math.min(...orders) - 1]!.event.id;
    expect(keyAction('ArrowRight', false, c)).toEqual({ type: 'select', id: first });
    expect(keyAction('ArrowLeft', false, c)).toEqual({ type: 'select', id: before });
  });
});
