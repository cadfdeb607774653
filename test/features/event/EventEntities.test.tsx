import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { EventDetail } from '../../../src/features/event/EventDetail';
import { makeStory } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

/** The story with Lavrov's Antalya statement about Mariupol, concerning Kuleba. */
function storyWithRoles() {
  const story = makeStory();
  return {
    ...story,
    events: story.events.map((e) =>
      e.id === 'antalya-talks'
        ? {
            ...e,
            actors: ['sergey-lavrov'],
            aboutActors: ['dmytro-kuleba'],
            places: ['antalya'],
            aboutPlaces: ['mariupol'],
          }
        : e,
    ),
  };
}

const chips = (heading: HTMLElement) =>
  within(heading.parentElement as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('EventEntities', () => {
  it('shows where it happened and what it is about, who took part and whom it concerns', () => {
    renderWithStore(<EventDetail />, {
      dataset: storyWithRoles(),
      view: { ...DEFAULT_VIEW, event: 'antalya-talks' },
    });
    const detail = screen.getByRole('article');
    const heading = (name: string) => within(detail).getByRole('heading', { level: 3, name });
    expect(chips(heading('Where it happened'))).toEqual(['Antalya']);
    expect(chips(heading('About these places'))).toEqual(['Mariupol']);
    expect(chips(heading('Who took part'))).toEqual(['Sergey LavrovFilter']);
    expect(chips(heading('About these people or organisations'))).toEqual(['Dmytro KulebaFilter']);
    // Reads as "Where Antalya · About Mariupol": the visible labels are short.
    expect(heading('Where it happened')).toHaveTextContent(/^Where/);
    expect(heading('About these places')).toHaveTextContent(/^About/);
  });

  it('an "about" chip filters like any other', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventDetail />, {
      dataset: storyWithRoles(),
      view: { ...DEFAULT_VIEW, event: 'antalya-talks' },
    });
    await user.click(screen.getByRole('button', { name: 'Filter by place: Mariupol' }));
    await user.click(screen.getByRole('button', { name: 'Filter by actor: Dmytro Kuleba' }));
    expect(store.getState().view.filters).toMatchObject({
      places: ['mariupol'],
      actors: ['dmytro-kuleba'],
    });
  });

  it('leaves out a role with no one in it', () => {
    renderWithStore(<EventDetail />, { view: { ...DEFAULT_VIEW, event: 'no-ceasefire' } });
    const detail = screen.getByRole('article');
    expect(within(detail).getByRole('heading', { name: 'Who took part' })).toBeInTheDocument();
    expect(within(detail).queryByRole('heading', { name: /^About/ })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('heading', { name: 'Where it happened' })).toBeNull();
  });
});
