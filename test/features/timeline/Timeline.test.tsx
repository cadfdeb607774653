import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';
import { clusteredDataset } from './fixtures';

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
      screen.getByRole('option', { name: 'Corridors reopen, 11 Mar 2022 (approximate)' }),
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

  it('switches scale and lanes from the toolbar', () => {
    const { store } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Linear' }));
    expect(store.getState().view.scale).toBe('linear');
    fireEvent.click(screen.getByRole('radio', { name: 'Actor' }));
    expect(store.getState().view.lanes).toBe('actor');
    expect(screen.getByRole('group', { name: 'Dmytro Kuleba' })).toBeInTheDocument();
  });
});
