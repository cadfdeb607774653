import { act, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFacetOptions } from '../../src/features/filters/facetOptions';
import { selectFilteredEvents, useFilteredEvents } from '../../src/state/selectors';
import { createAppStore, StoreContext, useAppStore } from '../../src/state/store';
import { makeStory } from '../helpers/factories';

// A store's dataset replaced by a newer one (a story edited, shards arriving): what the reader
// sees follows the new dataset, and the view keeps only what still exists in it.

function Probe() {
  const events = useFilteredEvents();
  const kinds = useFacetOptions(
    'kinds',
    useAppStore((s) => s.view.filters),
  ).flatMap((g) => g.options);
  return (
    <section aria-label="probe">
      <ul>
        {events.map((e) => (
          <li key={e.id}>{e.id}</li>
        ))}
      </ul>
      <p>{kinds.map((k) => `${k.id}:${k.count}`).join(' ')}</p>
    </section>
  );
}

describe('datasetReplaced', () => {
  it('shows the new events and counts, and releases what was derived from the old dataset', () => {
    const story = makeStory();
    const store = createAppStore(story);
    const view = render(
      <StoreContext.Provider value={store}>
        <Probe />
      </StoreContext.Provider>,
    );
    const region = within(view.getByRole('region', { name: 'probe' }));
    const before = region.getAllByRole('listitem').length;
    const oldDerived = store.getState().derived;
    const [dropped, ...kept] = story.events;
    act(() => store.getState().datasetReplaced({ ...story, events: kept }));
    expect(region.getAllByRole('listitem')).toHaveLength(before - 1);
    expect(region.queryByText(dropped!.id)).toBeNull();
    expect(() => oldDerived.get({ make: () => 1 })).toThrow(/released/);
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(kept.map((e) => e.id));
  });

  it('keeps the selection and filters that still exist and drops the rest, without a push', () => {
    const story = makeStory();
    const store = createAppStore(story);
    const [first, second] = story.events;
    store.getState().eventSelected(first!.id);
    store.getState().kindToggled(first!.kind);
    store.getState().datasetReplaced({ ...story, events: story.events.slice(1) });
    expect(store.getState().view.event).toBeNull();
    expect(store.getState().historyMode).toBe('replace');

    store.getState().eventSelected(second!.id);
    const selected = store.getState().view;
    store.getState().datasetReplaced({ ...story, events: [...story.events] });
    expect(store.getState().view).toBe(selected);
  });

  it('does nothing when given the dataset it already has', () => {
    const story = makeStory();
    const store = createAppStore(story);
    const derived = store.getState().derived;
    store.getState().datasetReplaced(story);
    expect(store.getState().derived).toBe(derived);
  });
});
