import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/search/SearchBox';
import SearchResults from '../../../src/features/search/SearchResults';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';

const withQuery = (query: string) => ({ view: { ...DEFAULT_VIEW, query } });

describe('SearchBox', () => {
  it('sends the typed search to the store (Enter at once), Escape clears it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />);
    const box = screen.getByRole('searchbox', { name: 'Search events, quotes and articles' });
    await user.type(box, '  Kuleba {Enter}');
    expect(store.getState().view.query).toBe('Kuleba');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(store.getState().view.query).toBe('');
  });

  it('is a native <search> element, an HTMLElement as in a browser (React warns on an unknown one)', () => {
    const { container } = renderWithStore(<SearchBox />);
    const landmark = container.querySelector('search');
    expect(Object.prototype.toString.call(landmark)).toBe('[object HTMLElement]');
  });

  it('shows a search restored from a link', () => {
    const { store } = renderWithStore(<SearchBox />);
    act(() => store.getState().viewRestored({ ...DEFAULT_VIEW, query: 'death toll' }, null));
    expect(screen.getByRole('searchbox')).toHaveValue('death toll');
  });
});

describe('SearchResults', () => {
  it('lists highlighted matches by type and filters by type', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchResults />, withQuery('Mariupl'));
    const region = screen.getByRole('region', { name: 'Search results for “Mariupl”' });
    expect(within(region).getAllByText(/^Mariupol$/i, { selector: 'mark' }).length).toBeGreaterThan(
      0,
    );
    const quotes = within(region).getByRole('button', { name: /^Quotes/ });
    expect(quotes).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(region).getByRole('button', { name: /^Events/ }));
    await user.click(within(region).getByRole('button', { name: /^Articles/ }));
    const items = within(region).getAllByRole('listitem');
    expect(items.every((li) => li.classList.contains('is-quote'))).toBe(true);
  });

  it('opens the event and its source at the quote', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchResults />, withQuery('Shelling continued'));
    const quote = screen.getAllByRole('listitem').find((li) => li.classList.contains('is-quote'));
    await user.click(within(quote as HTMLElement).getByRole('button'));
    expect(store.getState().view.event).toBe('mariupol-shelling');
    expect(store.getState().view.reading.length).toBe(1);
    expect(store.getState().sourceFocus).not.toBeNull();
  });

  it('says when nothing matches, and Clear ends the search', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchResults />, withQuery('zzzzqqq'));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(store.getState().view.query).toBe('');
  });
});
