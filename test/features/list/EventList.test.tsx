import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serialiseView } from '../../../src/domain/view/url';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { EventList } from '../../../src/features/list/EventList';
import { makeDataset, makeEvent } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'b', date: '2022-03-10', title: 'Second' }),
    makeEvent({ id: 'a', date: '2022-03-10', title: 'First' }),
    makeEvent({ id: 'c', date: '2022-03-29', title: 'Third', datePrecision: 'approximate' }),
  ],
});

describe('EventList', () => {
  it('groups the filtered events by day, in date order, each a deep link; no weekday for an approximate day', () => {
    renderWithStore(<EventList />, { dataset });
    const days = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(days).toEqual(['Thursday 10 Mar 2022', 'About 29 Mar 2022']);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#/event/a',
      '#/event/b',
      '#/event/c',
    ]);
  });

  it('links each row to exactly the link serialiseView gives for this view with that event', () => {
    const odd = makeEvent({ id: 'x y/é', date: '2022-03-11', title: 'Odd id', kind: 'strike' });
    const view = {
      ...DEFAULT_VIEW,
      layout: 'list' as const,
      filters: { ...DEFAULT_VIEW.filters, kinds: ['strike' as const] },
      window: [Date.UTC(2022, 2, 9), Date.UTC(2022, 2, 12)] as const,
    };
    renderWithStore(<EventList />, { dataset: makeDataset({ events: [odd] }), view });
    expect(screen.getByRole('link', { name: /Odd id/ })).toHaveAttribute(
      'href',
      serialiseView({ ...view, event: 'x y/é' }),
    );
  });

  it('selects on click without following the link, marking the selected with aria-current', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { dataset });
    await user.click(screen.getByRole('link', { name: /Second/ }));
    expect(store.getState().view.event).toBe('b');
    expect(screen.getByRole('link', { name: /Second/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: /First/ })).not.toHaveAttribute('aria-current');
  });

  it('moves between events with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />, { dataset });
    const [first, second, third] = screen.getAllByRole('link');
    first?.focus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(second).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(third).toHaveFocus();
  });
});
