import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { EventDetail } from '../../../src/features/event/EventDetail';
import { EventList } from '../../../src/features/list/EventList';
import { SourcePanels } from '../../../src/features/sources/SourcePanels';
import { renderWithStore } from '../../helpers/renderWithStore';

function renderReader(event: string | null = null) {
  return renderWithStore(
    <>
      <EventList />
      <EventDetail />
      <SourcePanels />
    </>,
    { view: { ...DEFAULT_VIEW, event } },
  );
}
const detail = () => screen.getByRole('article');

describe('EventDetail', () => {
  it('shows the selected event with its evidence; an unknown outlet is shown as unknown', async () => {
    const user = userEvent.setup();
    renderReader();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /A quiet day in Kyiv/ }));

    expect(screen.getByRole('link', { name: /A quiet day in Kyiv/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(
      within(detail()).getByRole('heading', { level: 2, name: 'A quiet day in Kyiv' }),
    ).toBeInTheDocument();
    expect(within(detail()).getByText('About 10 Mar 2022')).toHaveClass('date-approximate');
    expect(detail()).toHaveTextContent('"on Thursday" against 11 Mar 2022');
    expect(detail()).toHaveTextContent('“Kyiv was quiet on Thursday.”');
    expect(within(detail()).getByText('Unknown outlet')).toHaveClass('is-unknown');
    expect(within(detail()).getByText('Unknown author')).toBeInTheDocument();
    expect(detail()).toHaveTextContent('Report');
  });

  it('shows outlet, author and date when known, and actor chips that filter', async () => {
    const user = userEvent.setup();
    const { store } = renderReader('antalya-talks');
    expect(detail()).toHaveTextContent('Wire Service · Jo Reporter · 10 Mar 2022');
    const chip = within(detail()).getByRole('button', { name: 'Filter by actor: Sergey Lavrov' });
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip);
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(detail()).getByRole('button', { name: 'Filter by place: Antalya' }));
    expect(store.getState().view.filters.places).toEqual(['antalya']);
  });

  it('an actor’s name opens their page; its Filter toggle still filters', async () => {
    const user = userEvent.setup();
    const { store } = renderReader('antalya-talks');
    const name = within(detail()).getByRole('link', {
      name: 'Sergey Lavrov: all their events and quotes',
    });
    expect(name).toHaveAttribute('href', '#/actor/sergey-lavrov');
    await user.click(
      within(detail()).getByRole('button', { name: 'Filter by actor: Sergey Lavrov' }),
    );
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
    await user.click(name);
    expect(store.getState().view).toMatchObject({ event: null, actor: 'sergey-lavrov' });
    expect(store.getState().view.filters.actors).toEqual(['sergey-lavrov']);
  });

  it('"Read in source" opens the panel with the quote highlighted in context and focused', async () => {
    const user = userEvent.setup();
    renderReader('mariupol-shelling');
    await user.click(within(detail()).getByRole('button', { name: /Read in source/ }));

    const panel = screen.getByRole('region', { name: 'Foreign ministers meet in Antalya' });
    const marks = panel.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Shelling continued in Mariupol.']);
    expect(marks[0]).toHaveClass('mark-focus');
    expect(marks[0]).toHaveFocus();
    // The rest of the paragraph is there, as plain text, around the quote.
    expect(marks[0]?.closest('p')).toHaveTextContent(
      'Sergey Lavrov met Dmytro Kuleba in Antalya. Shelling continued in Mariupol.',
    );
  });

  it('the Close button closes the detail too', async () => {
    const user = userEvent.setup();
    const { store } = renderReader('antalya-talks');
    await user.click(within(detail()).getByRole('button', { name: 'Close event details' }));
    expect(store.getState().view.event).toBeNull();
  });

  it('follows the store when another event is selected elsewhere (the timeline)', () => {
    const { store } = renderReader('antalya-talks');
    act(() => store.getState().eventSelected('no-ceasefire'));
    expect(within(detail()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'No progress on a ceasefire',
    );
  });
});
