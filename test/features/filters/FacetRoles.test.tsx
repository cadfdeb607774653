import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActiveFilterChips } from '../../../src/features/filters/ActiveFilterChips';
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel';
import { makeStory } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

/** The counts follow a click a frame later: on a busy machine that can take a while. */
const COUNTED = { timeout: 10_000 };

/** The story with one more event about Mariupol (a statement made in Antalya). */
function storyWithAbout() {
  const story = makeStory();
  const base = story.events.find((e) => e.id === 'antalya-talks');
  if (!base) throw new Error('the story has antalya-talks');
  const about = {
    ...base,
    id: 'lavrov-on-mariupol',
    kind: 'statement' as const,
    actors: ['sergey-lavrov'],
    aboutActors: ['dmytro-kuleba'],
    places: ['antalya'],
    aboutPlaces: ['mariupol'],
  };
  return { ...story, events: [...story.events, about] };
}

const places = () => screen.getByRole('group', { name: /^Places/ });
const option = (name: RegExp) => within(places()).getByRole('checkbox', { name });
/** An option as it reads once the counts have followed the filters (a frame after a click). */
const counted = (name: RegExp) => within(places()).findByRole('checkbox', { name }, COUNTED);

describe('filters by role', () => {
  it('match both roles by default, show counts per role, and narrow to one role', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />, {
      dataset: storyWithAbout(),
    });
    // Mariupol: the shelling happened there, the statement is about it.
    expect(option(/^Mariupol ?\(2 events: 1 where, 1 about\)/)).toBeInTheDocument();

    await user.click(option(/^Mariupol/));
    expect(store.getState().view.filters.places).toEqual(['mariupol']);
    expect(store.getState().view.filters.placeRole).toBeNull();

    const chip = () => screen.getByRole('button', { name: /^Remove filter Place: Mariupol/ });
    expect(chip()).toHaveAccessibleName('Remove filter Place: Mariupol');
    await user.click(within(places()).getByRole('radio', { name: 'What it is about' }));
    // The active filter's chip says the role it is narrowed to.
    expect(chip()).toHaveAccessibleName('Remove filter Place: Mariupol (what it is about)');
    expect(store.getState().view.filters.placeRole).toBe('about');
    // Narrowed to "about": Antalya counts only events about it (none), Mariupol one.
    expect(await counted(/^Mariupol ?\(1 event[):]/)).toBeChecked();
    // The split by role still counts both roles: narrowing changes what is counted, not it.
    expect(option(/^Mariupol ?\(1 event: 1 where, 1 about\)/)).toBeInTheDocument();
    expect(option(/^Antalya ?\(0 events[):]/)).toBeInTheDocument();

    await user.click(within(places()).getByRole('radio', { name: 'Where or about' }));
    expect(store.getState().view.filters.placeRole).toBeNull();
  });

  it('narrows actors to those who took part', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel Chips={ActiveFilterChips} />, {
      dataset: storyWithAbout(),
    });
    const actors = screen.getByRole('group', { name: /^Actors/ });
    expect(
      within(actors).getByRole('checkbox', { name: /^Dmytro Kuleba ?\(3 events[):]/ }),
    ).toBeInTheDocument();
    await user.click(within(actors).getByRole('radio', { name: 'Took part' }));
    expect(store.getState().view.filters.actorRole).toBe('part');
    expect(
      await within(actors).findByRole(
        'checkbox',
        { name: /^Dmytro Kuleba ?\(2 events[):]/ },
        COUNTED,
      ),
    ).toBeInTheDocument();
  });
});
