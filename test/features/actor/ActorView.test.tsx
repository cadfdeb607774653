import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActorView } from '../../../src/features/actor/ActorView';
import { renderWithStore } from '../../helpers/renderWithStore';

describe('ActorView', () => {
  it('lists the actor’s events with their quotes, sources and attribution basis', () => {
    renderWithStore(<ActorView actorId="sergey-lavrov" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeTruthy();
    expect(screen.getByText('2 events, 2 quotes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lavrov and Kuleba meet in Antalya' })).toBeTruthy();
    expect(screen.getByText(/named in the quote/)).toBeTruthy();
    expect(screen.getByText(/named in the same paragraph/)).toBeTruthy();
  });

  it('opens an event and a source at the quote', async () => {
    const { store } = renderWithStore(<ActorView actorId="sergey-lavrov" />);
    await userEvent.click(screen.getByRole('button', { name: 'Shelling in Mariupol' }));
    expect(store.getState().view.event).toBe('mariupol-shelling');
    await userEvent.click(screen.getAllByRole('button', { name: /Read in source/ })[0]!);
    expect(store.getState().view.reading).toContain('wire-report');
    expect(store.getState().sourceFocus?.article).toBe('wire-report');
  });

  it('says when the actor is unknown', () => {
    renderWithStore(<ActorView actorId="nobody" />);
    expect(screen.getByRole('status').textContent).toMatch(/Unknown person or organisation/);
  });
});
