import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { ActorPanel } from '../../../src/features/actor/ActorPanel';
import { renderWithStore } from '../../helpers/renderWithStore';

const withActor = (actor: string | null) => ({ view: { ...DEFAULT_VIEW, actor } });

describe('ActorPanel', () => {
  it('renders nothing when no actor page is open', () => {
    const { container } = renderWithStore(<ActorPanel />, withActor(null));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the actor page with a heading, and Close closes it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActorPanel />, withActor('sergey-lavrov'));
    const heading = screen.getByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    // Nothing else had focus: the page's heading takes it.
    expect(heading).toHaveFocus();
    expect(screen.getByText('Person or organisation')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close the page of Sergey Lavrov' }));
    expect(store.getState().view.actor).toBeNull();
    expect(store.getState().historyMode).toBe('push');
  });

  it('toggles the timeline filter by this actor, keeping the page open', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActorPanel />, withActor('sergey-lavrov'));
    const toggle = screen.getByRole('button', {
      name: 'Show only events with Sergey Lavrov in the timeline',
    });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    expect(store.getState().view.actor).toBe('sergey-lavrov');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('selecting one of its events replaces the page with that event', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActorPanel />, withActor('sergey-lavrov'));
    const list = screen.getAllByRole('list')[0]!;
    await user.click(within(list).getByRole('button', { name: 'Shelling in Mariupol' }));
    expect(store.getState().view).toMatchObject({ event: 'mariupol-shelling', actor: null });
  });
});
