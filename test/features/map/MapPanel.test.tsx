import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MapPanel from '../../../src/features/map/MapPanel';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';

const list = () => screen.getByRole('list', { name: 'Places on the map' });

describe('MapPanel', () => {
  it('draws a labelled map and lists the places of the filtered events', () => {
    renderWithStore(<MapPanel />);
    expect(screen.getByRole('region', { name: 'Places' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Map of \d+ places/ })).toBeInTheDocument();
    expect(within(list()).getAllByRole('button').length).toBeGreaterThan(0);
  });

  it('a place button toggles the place filter, with the keyboard too', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MapPanel />);
    const mariupol = within(list()).getByRole('button', { name: /^Mariupol/ });
    expect(mariupol).toHaveAttribute('aria-pressed', 'false');
    mariupol.focus();
    expect(store.getState().hoveredPlace).toBe('mariupol');
    await user.keyboard('{Enter}');
    expect(store.getState().view.filters.places).toEqual(['mariupol']);
    expect(within(list()).getByRole('button', { name: /^Mariupol/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it("marks the selected event's places and the hovered event's places", () => {
    const { store, container } = renderWithStore(<MapPanel />, {
      view: { ...DEFAULT_VIEW, event: 'mariupol-shelling' },
    });
    expect(container.querySelector('[data-place="mariupol"]')).toHaveClass('is-selected');
    expect(container.querySelector('[data-place="antalya"]')).not.toHaveClass('is-hovered');
    act(() => store.getState().eventHovered('antalya-talks'));
    expect(container.querySelector('[data-place="antalya"]')).toHaveClass('is-hovered');
  });
});
