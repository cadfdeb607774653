import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmptyResult } from '../../../src/features/filters/EmptyResult';
import { ActiveFilterChips } from '../../../src/features/filters/ActiveFilterChips';
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel';
import { EventList } from '../../../src/features/list/EventList';
import { makeActor, makeDataset, makeEvent } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

/** The counts follow a click a frame later: on a busy machine that can take a while. */
const COUNTED = { timeout: 10_000 };

function renderExplorer() {
  return renderWithStore(
    <>
      <FiltersPanel Chips={ActiveFilterChips} />
      <EmptyResult />
      <EventList />
    </>,
  );
}
const listedTitles = () =>
  screen.queryAllByRole('link').map((a) => a.querySelector('.event-row-title')?.textContent);

describe('FiltersPanel', () => {
  it('filters by an actor then by a place, updating the list and the counts', async () => {
    const user = userEvent.setup();
    renderExplorer();
    expect(listedTitles()).toHaveLength(4);
    expect(screen.getByRole('checkbox', { name: /^Mariupol.*\(1 event\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Kyiv.*\(1 event\)$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Sergey Lavrov/ }));
    expect(listedTitles()).toEqual(['Lavrov and Kuleba meet in Antalya', 'Shelling in Mariupol']);
    // Kyiv has no event with Lavrov: it would leave nothing (the counts follow a frame later).
    expect(
      await screen.findByRole('checkbox', { name: /^Kyiv.*\(0 events\)$/ }, COUNTED),
    ).toBeInTheDocument();
    // Other actors' counts are given the place facet, not narrowed by their own facet.
    expect(
      screen.getByRole('checkbox', { name: /Dmytro Kuleba.*\(2 events\)$/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /^Mariupol/ }));
    expect(listedTitles()).toEqual(['Shelling in Mariupol']);
    expect(
      await screen.findByRole('checkbox', { name: /Dmytro Kuleba.*\(0 events\)$/ }, COUNTED),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove filter Place: Mariupol' }),
    ).toBeInTheDocument();
  }, 15_000);

  it('draws the click at once and the counts after its frame has been painted', async () => {
    renderExplorer();
    fireEvent.click(screen.getByRole('checkbox', { name: /Sergey Lavrov/ }));
    // The click's own render: the list and the ticked box, the counts still those before it,
    // so the frame answering the click does not lay out every option again.
    expect(listedTitles()).toEqual(['Lavrov and Kuleba meet in Antalya', 'Shelling in Mariupol']);
    expect(screen.getByRole('checkbox', { name: /Sergey Lavrov/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Kyiv.*\(1 event\)$/ })).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: /^Kyiv.*\(0 events\)$/ }, COUNTED),
    ).toBeInTheDocument();
    // Two clicks before a frame: the counts end with the filters of the last (Mariupol alone).
    fireEvent.click(screen.getByRole('checkbox', { name: /^Mariupol/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Sergey Lavrov/ }));
    expect(listedTitles()).toEqual(['Shelling in Mariupol']);
    expect(
      await screen.findByRole('checkbox', { name: /^Kyiv.*\(1 event\)$/ }, COUNTED),
    ).toBeInTheDocument();
  });

  it('explains an empty result and relaxes the last filter', async () => {
    const user = userEvent.setup();
    const { store } = renderExplorer();
    await user.click(screen.getByRole('checkbox', { name: /Sergey Lavrov/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Kyiv/ }));

    const empty = screen.getByRole('region', { name: 'No events match these filters' });
    expect(empty).toHaveTextContent(/no event matches all of them together/i);
    expect(empty).toHaveTextContent('Actor: Sergey Lavrov (2 events alone)');
    expect(empty).toHaveTextContent('Place: Kyiv (1 event alone)');
    expect(listedTitles()).toEqual([]);

    await user.click(
      within(empty).getByRole('button', { name: 'Remove the last filter (“Kyiv”)' }),
    );
    expect(store.getState().view.filters.places).toEqual([]);
    expect(listedTitles()).toHaveLength(2);
    expect(screen.queryByRole('region', { name: /No events match/ })).not.toBeInTheDocument();
  });

  it('clears every filter with one button and removes one with its chip', async () => {
    const user = userEvent.setup();
    const { store } = renderExplorer();
    await user.click(screen.getByRole('checkbox', { name: /^Talks/ }));
    await user.click(screen.getByRole('checkbox', { name: /Dmytro Kuleba/ }));
    await user.click(screen.getByRole('button', { name: 'Remove filter Kind: Talks' }));
    expect(store.getState().view.filters.kinds).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(store.getState().view.filters.actors).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('filters by date range with two labelled inputs', async () => {
    const user = userEvent.setup();
    const dataset = makeDataset({
      events: [
        makeEvent({ id: 'a', date: '2022-03-01' }),
        makeEvent({ id: 'b', date: '2022-03-20' }),
      ],
    });
    const { store } = renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />, { dataset });
    await user.type(screen.getByLabelText('From'), '2022-03-10');
    expect(store.getState().view.filters.from).toBe('2022-03-10');
    expect(screen.getByLabelText('From')).toHaveAttribute('min', '2022-03-01');
    expect(screen.getByLabelText('To')).toHaveAttribute('max', '2022-03-20');
  });

  it('searches inside long option lists, by name or alias, ignoring accents', async () => {
    const user = userEvent.setup();
    const actors = Array.from({ length: 12 }, (_, i) =>
      makeActor({ id: `actor-${i}`, name: `Person ${i}`, aliases: i === 3 ? ['Zélensky'] : [] }),
    );
    const dataset = makeDataset({
      actors,
      events: [makeEvent({ actors: actors.map((a) => a.id) })],
    });
    renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />, { dataset });
    expect(screen.getAllByRole('checkbox', { name: /^Person/ })).toHaveLength(12);
    await user.type(screen.getByRole('searchbox', { name: 'Search actors' }), 'zelen');
    expect(
      screen
        .getAllByRole('checkbox', { name: /^Person/ })
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Person 3 (1 event)1']);
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('checkbox', { name: /^Person/ })).toHaveLength(12);
  });

  it('keeps a long list as one list of every option, its rows in blocks', async () => {
    const user = userEvent.setup();
    const count = 75;
    const actors = Array.from({ length: count }, (_, i) =>
      makeActor({ id: `actor-${i}`, name: `Person ${String(i).padStart(2, '0')}` }),
    );
    const dataset = makeDataset({
      actors,
      events: [makeEvent({ actors: actors.map((a) => a.id) })],
    });
    const { container, store } = renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />, {
      dataset,
    });
    const list = within(screen.getByRole('group', { name: /^Actors/ })).getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(count);
    // Every row is in the page, in order, whichever block holds it.
    expect(rows.map((r) => within(r).getByRole('checkbox').closest('label')?.textContent)).toEqual(
      actors.map((a) => `${a.name} (1 event)1`),
    );
    const blocks = container.querySelectorAll('.facet-block');
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.length).toBeLessThan(count / 10);
    for (const block of blocks) expect(block).not.toHaveAttribute('role');
    // A row deep in a later block works as any other.
    await user.click(within(rows[count - 1]!).getByRole('checkbox'));
    expect(store.getState().view.filters.actors).toEqual([`actor-${count - 1}`]);
  });

  it('shows each source with its outlet (or unknown) and how many events it reports', () => {
    renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />);
    const sources = screen.getByRole('group', { name: 'Sources' });
    expect(
      within(sources).getByRole('checkbox', { name: /^Foreign ministers meet in Antalya/ }),
    ).toHaveAccessibleDescription('Wire Service · 10 Mar 2022 · reports 3 events');
    expect(
      within(sources).getByRole('checkbox', { name: /^A blog about the war/ }),
    ).toHaveAccessibleDescription('Unknown outlet · 11 Mar 2022 · reports 1 event');
  });

  it('leaves the checkboxes whose state did not change untouched when a filter changes', async () => {
    const user = userEvent.setup();
    renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />);
    const boxes = screen.getAllByRole('checkbox');
    const clicked = screen.getByRole('checkbox', { name: /Sergey Lavrov/ });
    const touched = new Set<Node>();
    const observer = new MutationObserver((records) =>
      records.forEach((r) => touched.add(r.target)),
    );
    for (const box of boxes) observer.observe(box, { attributes: true });
    await user.click(clicked);
    // The counts changed (the test above), so the options were rendered again.
    expect(
      await screen.findByRole('checkbox', { name: /^Kyiv.*\(0 events\)$/ }, COUNTED),
    ).toBeInTheDocument();
    observer.takeRecords().forEach((r) => touched.add(r.target));
    observer.disconnect();
    expect(boxes.filter((b) => b !== clicked && touched.has(b))).toEqual([]);
  });
});
