import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/domain/timeline/lanes';
import { makeActor, makeEvent } from '../../helpers/factories';

const e = (id: string, kind: 'talks' | 'strike' | 'statement', actors: string[] = []) =>
  makeEvent({ id, kind, actors });
const actors = ['a', 'b', 'c', 'd'].map((id) => makeActor({ id, name: id.toUpperCase() }));

describe('assignLanes by kind', () => {
  it('makes one lane per kind present, in EVENT_KINDS order', () => {
    const events = [e('1', 'statement'), e('2', 'talks'), e('3', 'statement')];
    const { lanes, laneOf } = assignLanes(events, 'kind', actors);
    expect(lanes.map((l) => l.label)).toEqual(['Talks', 'Statement']);
    expect(laneOf).toEqual([1, 0, 1]);
  });
});

describe('assignLanes by actor', () => {
  it.each([
    {
      name: 'most frequent actor first; each event shown once',
      events: [
        ['1', ['a', 'b']],
        ['2', ['b']],
        ['3', ['b', 'c']],
        ['4', ['a']],
      ],
      options: {},
      lanes: ['B', 'A'],
      laneOf: [0, 0, 0, 1],
    },
    {
      name: 'ties broken by name',
      events: [
        ['1', ['b']],
        ['2', ['a']],
      ],
      options: {},
      lanes: ['A', 'B'],
      laneOf: [1, 0],
    },
    {
      name: 'pinned (filtered) actors come first',
      events: [
        ['1', ['a', 'b']],
        ['2', ['b']],
        ['3', ['c']],
      ],
      options: { pinned: ['c', 'a'] },
      lanes: ['C', 'A', 'B'],
      laneOf: [1, 2, 0],
    },
    {
      name: 'beyond maxActors and no actor → Other actors',
      events: [
        ['1', ['a']],
        ['2', ['a']],
        ['3', ['b']],
        ['4', []],
      ],
      options: { maxActors: 1 },
      lanes: ['A', 'Other actors'],
      laneOf: [0, 0, 1, 1],
    },
    {
      name: 'only events without actors',
      events: [['1', []]],
      options: {},
      lanes: ['No actor'],
      laneOf: [0],
    },
  ] as const)('$name', ({ events, options, lanes, laneOf }) => {
    const list = events.map(([id, ids]) => e(id, 'talks', [...ids]));
    const result = assignLanes(list, 'actor', actors, options);
    expect(result.lanes.map((l) => l.label)).toEqual(lanes);
    expect(result.laneOf).toEqual(laneOf);
  });

  it('an actor whose events were all claimed by earlier lanes gets no lane', () => {
    const list = [e('1', 'talks', ['a', 'd']), e('2', 'talks', ['a', 'd']), e('3', 'talks', ['a'])];
    expect(assignLanes(list, 'actor', actors).lanes.map((l) => l.label)).toEqual(['A']);
  });
});
