import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createAppStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { makeStory } from '../helpers/factories';

let stop: (() => void) | null = null;
function openApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = createAppStore(makeStory());
  stop = startUrlSync(store);
  return { store, ...render(<App store={store} />) };
}

describe('App with URL sync', () => {
  afterEach(() => {
    stop?.();
    stop = null;
    window.history.replaceState(null, '', '/');
  });

  it('a bad link gives a dismissible notice and a working view', async () => {
    const user = userEvent.setup();
    openApp('#/event/no-such-event?actor=sergey-lavrov,nobody&layout=list&scale=%ZZ');
    const notice = screen.getByText(/Some of this link could not be used/);
    expect(notice).toHaveTextContent('No event “no-such-event”');
    expect(notice).toHaveTextContent('Unknown actor “nobody” removed');
    expect(window.location.hash).toBe('#/?actor=sergey-lavrov&layout=list');
    const main = screen.getByRole('main');
    // The list is a lazy chunk: it arrives after the first render.
    expect((await within(main).findAllByRole('link')).map((l) => l.textContent)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/Some of this link could not be used/)).not.toBeInTheDocument();
  });

  it('a deep link reopens the event and its filters; actions push, back restores', async () => {
    const user = userEvent.setup();
    const { store } = openApp('#/event/antalya-talks?layout=list');
    expect(
      // The details are a lazy chunk, transformed on first use: allow for a slow machine.
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Lavrov and Kuleba meet in Antalya' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();

    const length = window.history.length;
    await user.click(screen.getByRole('checkbox', { name: /^Mariupol/ }));
    expect(window.location.hash).toBe('#/event/antalya-talks?place=mariupol&layout=list');
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(window.location.hash).toBe('#/event/antalya-talks?place=mariupol');
    expect(window.history.length).toBe(length + 2);

    // Back: the browser puts the previous URL back and fires popstate.
    act(() => {
      window.history.replaceState(null, '', '/#/event/antalya-talks?layout=list');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(store.getState().view.filters.places).toEqual([]);
    expect(screen.getByRole('checkbox', { name: /^Mariupol/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('has the masthead, the layout toggle and a copy link button', () => {
    openApp('#/?layout=list');
    expect(screen.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Layout' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters', expanded: false })).toBeInTheDocument();
  });
});
