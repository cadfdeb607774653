import { buildTimelineScale } from '../../../src/domain/timeline/compressedScale';
import { assignLanes } from '../../../src/domain/timeline/lanes';
import { buildLayout } from '../../../src/domain/timeline/layout';
import { dayStart } from '../../../src/domain/timeline/time';
import { fitWindow } from '../../../src/domain/timeline/viewport';
import { EVENT_KINDS, type DatasetEvent, type EventKind } from '../../../src/domain/types';
import { laneGeometry } from '../../../src/features/timeline/geometry';
import { makeActor, makeDataset, makeEvent } from '../../helpers/factories';

/** Shorthand for an event on a date with a kind. */
export function ev(
  id: string,
  date: string,
  kind: EventKind = 'statement',
  extra: Partial<DatasetEvent> = {},
): DatasetEvent {
  return makeEvent({ id, date, kind, title: `Event ${id}`, ...extra });
}

/**
 * A miniature of the real corpus: clusters on 24 Feb, 9–11 Mar and 29–30 Mar 2022 with empty
 * weeks between, several kinds and actors, one approximate date.
 */
export function clusteredDataset() {
  const events = [
    ev('invasion', '2022-02-24', 'offensive', {
      title: 'Russia invades Ukraine',
      actors: ['putin'],
    }),
    ev('antalya', '2022-03-10', 'talks', {
      title: 'Lavrov and Kuleba meet in Antalya',
      actors: ['kuleba', 'lavrov'],
    }),
    ev('maternity', '2022-03-09', 'strike', { title: 'Maternity hospital struck', actors: [] }),
    ev('no-progress', '2022-03-10', 'statement', { title: 'No progress', actors: ['kuleba'] }),
    ev('corridors', '2022-03-11', 'humanitarian', {
      title: 'Corridors reopen',
      datePrecision: 'approximate',
      actors: ['zelensky'],
    }),
    ev('istanbul', '2022-03-29', 'talks', { title: 'Talks in Istanbul', actors: ['medinsky'] }),
    ev('kremlin-doubt', '2022-03-30', 'statement', {
      title: 'Kremlin sees no breakthrough',
      actors: ['peskov'],
    }),
  ];
  const actors = [
    makeActor({ id: 'putin', name: 'Vladimir Putin' }),
    makeActor({ id: 'kuleba', name: 'Dmytro Kuleba' }),
    makeActor({ id: 'lavrov', name: 'Sergey Lavrov' }),
    makeActor({ id: 'zelensky', name: 'Volodymyr Zelensky' }),
    makeActor({ id: 'medinsky', name: 'Vladimir Medinsky' }),
    makeActor({ id: 'peskov', name: 'Dmitry Peskov' }),
  ];
  return makeDataset({ events, actors });
}

/**
 * A dense chart of `count` events over `days` days from 1 Jan 2022, kinds and days from a seeded
 * generator (mulberry32), laid out by kind at `width` px: what the level-of-detail cache and the
 * gesture frames are given.
 */
export function denseChart(count: number, days: number, seed: number, width: number) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * days) * 86_400_000);
    const kind = EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)]!;
    return ev(`e${i}`, day.toISOString().slice(0, 10), kind);
  });
  const dataset = makeDataset({ events, actors: [] });
  const scale = buildTimelineScale([...new Set(events.map((e) => dayStart(e.date)))], 'compressed');
  const layout = buildLayout(events, assignLanes(events, 'kind', dataset.actors), scale, 3);
  const geometry = laneGeometry(layout.rows, false);
  const source = { layout, scale, geometry, narrow: false, keyIds: new Set<string>(), width };
  return { source, fit: fitWindow(scale) };
}
