import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';
import { makeDataset } from '../../helpers/factories';
import { clusteredDataset, ev } from './fixtures';

function setup(view = DEFAULT_VIEW) {
  return renderWithStore(<Timeline />, { dataset: clusteredDataset(), view });
}

describe('Timeline', () => {
  it('renders one option per filtered event with its title and date as the accessible name', () => {
    setup();
    const list = screen.getByRole('listbox', { name: 'Timeline' });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(7);
    expect(
      screen.getByRole('option', { name: 'Russia invades Ukraine, 24 Feb 2022' }),
    ).toBeInTheDocument();
  });

  it('says approximate in the name of an approximately dated event', () => {
    setup();
    expect(
      screen.getByRole('option', { name: 'Corridors reopen, about 11 Mar 2022' }),
    ).toBeInTheDocument();
  });

  it('selects an event on click', () => {
    const { store } = setup();
    fireEvent.click(screen.getByRole('option', { name: /Talks in Istanbul/ }));
    expect(store.getState().view.event).toBe('istanbul');
    expect(screen.getByRole('option', { name: /Talks in Istanbul/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('moves the selection in time order with the arrow keys', () => {
    const { store } = setup({ ...DEFAULT_VIEW, event: 'maternity' });
    const mark = screen.getByRole('option', { name: /Maternity hospital/ });
    act(() => mark.focus());
    fireEvent.keyDown(mark, { key: 'ArrowRight' });
    // 10 Mar: talks lane comes before the statement lane.
    expect(store.getState().view.event).toBe('antalya');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(store.getState().view.event).toBe('no-progress');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(store.getState().view.event).toBe('maternity');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(store.getState().view.event).toBe('kremlin-doubt');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(store.getState().view.event).toBe('invasion');
  });

  it('switches scale and lanes from the toolbar', async () => {
    const { store } = setup();
    // The toolbar is a chunk loaded after the first frame (LateTimelineToolbar).
    fireEvent.click(await screen.findByRole('radio', { name: 'True to scale' }));
    expect(store.getState().view.scale).toBe('linear');
    fireEvent.click(screen.getByRole('radio', { name: 'Who' }));
    expect(store.getState().view.lanes).toBe('actor');
    expect(screen.getByRole('group', { name: 'Dmytro Kuleba' })).toBeInTheDocument();
  });

  it('zooms in with the button and fits back to the events', async () => {
    const { store } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Zoom in' }));
    const w = store.getState().view.window;
    expect(w).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const w2 = store.getState().view.window!;
    expect(w2[1] - w2[0]).toBeLessThan(w![1] - w![0]);
    fireEvent.click(screen.getByRole('button', { name: 'Fit to events' }));
    expect(store.getState().view.window).toBeNull();
  });

  it('shows the axis and "No events match" when the filters leave nothing', () => {
    setup({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, from: '2021-01-01', to: '2021-01-02' },
    });
    expect(screen.getByText('No events match')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('replaces the marks lane by lane, not mark by mark, when a filter makes a new layout', () => {
    const { store } = setup();
    const list = screen.getByRole('listbox', { name: 'Timeline' });
    const removed: Element[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => r.removedNodes.forEach((n) => removed.push(n as Element))),
    );
    observer.observe(list, { childList: true, subtree: true });
    act(() => store.getState().actorToggled('kuleba'));
    observer
      .takeRecords()
      .forEach((r) => r.removedNodes.forEach((n) => removed.push(n as Element)));
    observer.disconnect();
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.map((n) => n.getAttribute('role'))).toEqual(removed.map(() => 'group'));
  });

  it('groups a crowded day into a "+N" option that Enter expands by zooming in', () => {
    const events = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => ev(id, '2022-03-10'));
    const dataset = makeDataset({ events: [...events, ev('z', '2022-03-30')] });
    // Linear: 21 days on a ~830 px chart, so the day's events are ~5 px apart.
    const view = { ...DEFAULT_VIEW, scale: 'linear' as const };
    const { store } = renderWithStore(<Timeline />, { dataset, view });
    const cluster = screen.getByRole('option', { name: /^\d+ events, 10 Mar 2022, grouped/ });
    act(() => cluster.focus());
    fireEvent.keyDown(cluster, { key: 'Enter' });
    const w = store.getState().view.window!;
    expect(w).not.toBeNull();
    expect(w[1] - w[0]).toBeLessThan(86_400_000 * 2);
    // Zoomed in, the day's events are separate options.
    expect(screen.getAllByRole('option', { name: /, 10 Mar 2022$/ })).toHaveLength(8);
  });

  it('keeps the selected event visible: selecting one off screen pans to it', async () => {
    const { store } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    act(() => store.getState().eventSelected('invasion'));
    const [t0, t1] = store.getState().view.window!;
    const invasion = Date.UTC(2022, 1, 24, 12);
    expect(t0).toBeLessThan(invasion);
    expect(t1).toBeGreaterThan(invasion);
  });
});
