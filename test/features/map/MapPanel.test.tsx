import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MapPanel from '../../../src/features/map/MapPanel';
import type { Dataset } from '../../../src/domain/types';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view/viewState';
import { makeStory } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

const list = () => screen.getByRole('list', { name: 'Places on the map' });

/** The story's places where they are (the factory puts every place at 0°, 0°). */
const COORDS: Record<string, [number, number]> = {
  antalya: [36.9, 30.7],
  mariupol: [47.1, 37.55],
  kyiv: [50.45, 30.52],
};
function story(): Dataset {
  const dataset = makeStory();
  return {
    ...dataset,
    places: dataset.places.map((p) => {
      const at = COORDS[p.id];
      return at ? { ...p, lat: at[0], lon: at[1] } : p;
    }),
  };
}
const open = (patch: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW,
  map: 'fit',
  ...patch,
});

describe('MapPanel', () => {
  it('draws a labelled map and lists the places of the filtered events', () => {
    renderWithStore(<MapPanel />, { dataset: story(), view: open() });
    expect(screen.getByRole('region', { name: 'Places' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Map of \d+ places/ })).toBeInTheDocument();
    expect(within(list()).getAllByRole('button').length).toBeGreaterThan(0);
  });

  it('a place button toggles the place filter and keeps the map where it is', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MapPanel />, { dataset: story(), view: open() });
    const mariupol = within(list()).getByRole('button', { name: /^Mariupol/ });
    expect(mariupol).toHaveAttribute('aria-pressed', 'false');
    mariupol.focus();
    expect(store.getState().hoveredPlace).toBe('mariupol');
    await user.keyboard('{Enter}');
    expect(store.getState().view.filters.places).toEqual(['mariupol']);
    // The fitted view was pinned: the map does not jump to the one place left.
    expect(store.getState().view.map).toMatchObject({ zoom: expect.any(Number) });
    expect(within(list()).getByRole('button', { name: /^Mariupol/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it("marks the selected event's places and the hovered event's places", () => {
    const { store, container } = renderWithStore(<MapPanel />, {
      dataset: story(),
      view: open({ event: 'mariupol-shelling' }),
    });
    expect(container.querySelector('[data-place="mariupol"]')).toHaveClass('is-selected');
    expect(container.querySelector('[data-place="antalya"]')).not.toHaveClass('is-hovered');
    act(() => store.getState().eventHovered('antalya-talks'));
    expect(container.querySelector('[data-place="antalya"]')).toHaveClass('is-hovered');
  });

  it('zooms by its buttons and keys, and shows all places again', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MapPanel />, { dataset: story(), view: open() });
    const zoom = () => {
      const map = store.getState().view.map;
      return map !== null && map !== 'fit' ? map.zoom : null;
    };
    await user.click(screen.getByRole('button', { name: 'Zoom the map in' }));
    const first = zoom();
    expect(first).not.toBeNull();
    screen.getByRole('application', { name: /^Map/ }).focus();
    await user.keyboard('+');
    expect(zoom()).toBeCloseTo(first! + 1);
    await user.keyboard('-');
    await user.keyboard('-');
    expect(zoom()).toBeCloseTo(first! - 1);
    const before = store.getState().view.map;
    await user.keyboard('{ArrowRight}');
    expect(store.getState().view.map).not.toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Show all places' }));
    expect(store.getState().view.map).toBe('fit');
    expect(screen.getByRole('button', { name: 'Show all places' })).toBeDisabled();
  });

  it('places at one point are one numbered cluster; a click zooms in on them', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithStore(<MapPanel />, { view: open() });
    const cluster = container.querySelector('.map-place.is-cluster');
    expect(cluster?.getAttribute('data-places')?.split(' ').sort()).toEqual([
      'antalya',
      'kyiv',
      'mariupol',
    ]);
    expect(cluster?.textContent).toBe('3');
    await user.click(cluster!);
    expect(store.getState().view.map).toMatchObject({ zoom: 10 });
    // At the deepest zoom the places are spread on a ring, each its own pin again.
    expect(container.querySelector('.map-place.is-cluster')).toBeNull();
    expect(container.querySelectorAll('.map-place.is-exact[data-place]')).toHaveLength(3);
  });

  it('points to places beyond the frame and brings them into view', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MapPanel />, {
      dataset: story(),
      view: open({ map: { lat: 36.9, lon: 30.7, zoom: 6 } }),
    });
    const pointer = screen.getByRole('button', { name: /^Show Kyiv and Mariupol/ });
    await user.click(pointer);
    const map = store.getState().view.map;
    expect(map !== null && map !== 'fit' && map.zoom < 6).toBe(true);
    expect(screen.queryByRole('button', { name: /^Show .* off the map/ })).toBeNull();
  });

  it('fades the places with no event in the timeline’s window', () => {
    const dataset = story();
    // Kyiv's one event two days later than the rest.
    const events = dataset.events.map((e) =>
      e.id === 'kyiv-quiet' ? { ...e, date: '2022-03-12' } : e,
    );
    const { container } = renderWithStore(<MapPanel />, {
      dataset: { ...dataset, events },
      view: open({ window: [Date.parse('2022-03-11T12:00Z'), Date.parse('2022-03-12T06:00Z')] }),
    });
    const faded = [...container.querySelectorAll('.map-place.is-outside')].map((el) =>
      el.getAttribute('data-place'),
    );
    expect(faded.sort()).toEqual(['antalya', 'mariupol']);
    expect(
      within(list()).getByRole('button', { name: /^Mariupol.*0 in the timeline’s view/ }),
    ).toHaveClass('is-outside');
    expect(screen.getByText('not in the timeline’s view', { exact: false })).toBeInTheDocument();
  });
});
