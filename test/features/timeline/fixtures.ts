import type { DatasetEvent, EventKind } from '../../../src/domain/types';
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
