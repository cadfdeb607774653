import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { PHONE } from '../../src/app/breakpoints';
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
    // Wide: the filters are a column, no drawer.
    expect(screen.getByRole('complementary', { name: 'Filters' })).toContainElement(
      screen.getByRole('group', { name: /^Actors/ }),
    );
    expect(screen.queryByRole('button', { name: 'Filters' })).not.toBeInTheDocument();
  });

  it('Escape closes the top layer only, and focus returns to where the reader was', async () => {
    const user = userEvent.setup();
    const { store } = openApp('#/?layout=list');
    const link = await screen.findByRole('link', { name: /Shelling in Mariupol/ });
    await user.click(link);
    const detail = await screen.findByRole('article', {}, { timeout: 10_000 });
    const read = within(detail).getByRole('button', { name: /Read in source/ });
    await user.click(read);
    const panel = await screen.findByRole(
      'region',
      { name: 'Foreign ministers meet in Antalya' },
      { timeout: 10_000 },
    );

    // Text typed in the search is the top layer while the field has focus.
    const search = screen.getByRole('searchbox', { name: /^Search events/ });
    await user.type(search, 'kyiv');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(panel).toBeInTheDocument();

    // Then the source panel (focus was in it: the quote), focus back on its Read button.
    within(panel)
      .getByRole('button', { name: /^Close/ })
      .focus();
    await user.keyboard('{Escape}');
    expect(panel).not.toBeInTheDocument();
    expect(read).toHaveFocus();
    expect(store.getState().view.event).toBe('mariupol-shelling');

    // Then the event, focus back on the event it was opened from.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(store.getState().view.event).toBeNull();
    expect(link).toHaveFocus();

    // Nothing open: Escape does nothing (and is left to the page).
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
  });

  it('with sources open and focus outside them, Escape closes all the sources first', async () => {
    const user = userEvent.setup();
    const { store } = openApp('#/event/mariupol-shelling?read=wire-report&layout=list');
    await screen.findByRole('region', { name: 'Sources' }, { timeout: 10_000 });
    expect(store.getState().view.reading).not.toEqual([]);
    screen.getByRole('main').focus();
    await user.keyboard('{Escape}');
    expect(store.getState().view.reading).toEqual([]);
    expect(store.getState().view.event).toBe('mariupol-shelling');
  });

  it('Escape closes the actor page', async () => {
    const user = userEvent.setup();
    const { store } = openApp('#/actor/dmytro-kuleba');
    await screen.findByRole('heading', { level: 2, name: /Kuleba/ }, { timeout: 10_000 });
    await user.keyboard('{Escape}');
    expect(store.getState().view.actor).toBeNull();
  });
});

describe('App on a phone', () => {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === PHONE,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterEach(() => {
    stop?.();
    stop = null;
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('the filters are a drawer: Show results or Escape closes it, focus back on its button', async () => {
    const user = userEvent.setup();
    openApp('#/?layout=list');
    const toggle = screen.getByRole('button', { name: 'Filters', expanded: false });
    const drawer = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (!drawer) throw new Error('the toggle controls no drawer');
    expect(drawer.tagName).toBe('DIALOG');
    expect(drawer).toHaveAttribute('aria-label', 'Filters');
    expect(drawer).not.toHaveAttribute('open');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(drawer).toHaveAttribute('open');

    // A search typed in the drawer is cleared first; the drawer stays.
    const actors = within(drawer).queryByRole('searchbox', { name: 'Search actors' });
    if (actors) {
      await user.type(actors, 'x');
      await user.keyboard('{Escape}');
      expect(actors).toHaveValue('');
      expect(drawer).toHaveAttribute('open');
    }
    within(drawer)
      .getByRole('checkbox', { name: /^Mariupol/ })
      .focus();
    await user.keyboard('{Escape}');
    expect(drawer).not.toHaveAttribute('open');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(within(drawer).getByRole('button', { name: 'Show results' }));
    expect(drawer).not.toHaveAttribute('open');
    expect(toggle).toHaveFocus();
  });
});
