import { act, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { useFacetOptions } from '../../src/features/filters/facetOptions';
import { selectFilteredEvents, useFilteredEvents } from '../../src/state/selectors';
import {
  createAppStore,
  releaseAppStore,
  StoreContext,
  useAppStore,
  type AppStore,
} from '../../src/state/store';
import { makeDataset, makeEvent, makeStory } from '../helpers/factories';

// Two stores on two datasets in one page: each shows its own events and counts, whatever the
// other does (what is derived from a dataset belongs to its store).

/** What a store's reader sees: the filtered events and the event-kind counts. */
function Probe({ name }: { name: string }) {
  const events = useFilteredEvents();
  const kinds = useFacetOptions(
    'kinds',
    useAppStore((s) => s.view.filters),
  ).flatMap((g) => g.options);
  return (
    <section aria-label={name}>
      <ul>
        {events.map((e) => (
          <li key={e.id}>{e.id}</li>
        ))}
      </ul>
      <p>{kinds.map((k) => `${k.id}:${k.count}`).join(' ')}</p>
    </section>
  );
}

const other: Dataset = makeDataset({
  events: [
    makeEvent({ id: 'b-statement', kind: 'statement', date: '2023-01-02' }),
    makeEvent({ id: 'b-strike-1', kind: 'strike', date: '2023-01-03' }),
    makeEvent({ id: 'b-strike-2', kind: 'strike', date: '2023-01-04' }),
  ],
});

function renderBoth(a: AppStore, b: AppStore) {
  const view = render(
    <>
      <StoreContext.Provider value={a}>
        <Probe name="A" />
      </StoreContext.Provider>
      <StoreContext.Provider value={b}>
        <Probe name="B" />
      </StoreContext.Provider>
    </>,
  );
  const seen = (name: string) => {
    const region = within(view.getByRole('region', { name }));
    return {
      events: region.queryAllByRole('listitem').map((li) => li.textContent),
      kinds: region.getByRole('paragraph').textContent,
    };
  };
  return seen;
}

describe('two stores on two datasets in one page', () => {
  it('each filters and counts its own dataset, whatever the other does', () => {
    const story = makeStory();
    const a = createAppStore(story);
    const b = createAppStore(other);
    const seen = renderBoth(a, b);
    const storyIds = story.events.map((e) => e.id);
    expect(seen('A').events).toEqual(storyIds);
    expect(seen('B').events).toEqual(['b-statement', 'b-strike-1', 'b-strike-2']);
    expect(seen('B').kinds).toBe('strike:2 statement:1');

    act(() => b.getState().kindToggled('strike'));
    expect(seen('B').events).toEqual(['b-strike-1', 'b-strike-2']);
    expect(seen('A').events).toEqual(storyIds);

    act(() => a.getState().kindToggled('talks'));
    const talks = story.events.filter((e) => e.kind === 'talks').map((e) => e.id);
    expect(talks.length).toBeGreaterThan(0);
    expect(seen('A').events).toEqual(talks);
    expect(seen('B').events).toEqual(['b-strike-1', 'b-strike-2']);
    // B's counts are still B's: each kind alone, the other facets (none) as they are.
    expect(seen('B').kinds).toBe('strike:2 statement:1');
  });

  it("one store's filtered events keep their reference while the other's are read", () => {
    const a = createAppStore(makeStory());
    const b = createAppStore(other);
    const first = selectFilteredEvents(a.getState());
    selectFilteredEvents(b.getState());
    expect(selectFilteredEvents(a.getState())).toBe(first);
  });

  it('two stores on the same dataset derive apart, and releasing one leaves the other', () => {
    const story = makeStory();
    const a = createAppStore(story);
    const b = createAppStore(story);
    expect(a.getState().derived).not.toBe(b.getState().derived);
    const fromB = selectFilteredEvents(b.getState());
    releaseAppStore(a);
    expect(() => selectFilteredEvents(a.getState())).toThrow(/released/);
    expect(selectFilteredEvents(b.getState())).toBe(fromB);
  });
});
