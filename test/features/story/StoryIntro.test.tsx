import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryIntro } from '../../../src/features/story/StoryIntro';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';
import { makeStory, makeToldStory } from '../../helpers/factories';

describe('StoryIntro', () => {
  it('offers the story with its length and a hint on what to do', () => {
    const { store } = renderWithStore(<StoryIntro />, { dataset: makeToldStory() });
    expect(screen.getByText(/select any event to read what each source says/i)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Follow the story (3 steps)' }));
    expect(store.getState().view).toMatchObject({ story: 0, event: 'mariupol-shelling' });
    expect(screen.queryByRole('button', { name: /Follow the story/ })).not.toBeInTheDocument();
  });

  it('a dataset without a story has no story control, only the hint', () => {
    renderWithStore(<StoryIntro />, { dataset: makeStory() });
    expect(screen.queryByRole('button', { name: /story/i })).not.toBeInTheDocument();
    expect(screen.getByText(/^Select any event to read what each source says/)).toBeVisible();
  });

  it('hides the hint once something is open, keeping the way into the story', () => {
    renderWithStore(<StoryIntro />, {
      dataset: makeToldStory(),
      view: { ...DEFAULT_VIEW, event: 'kyiv-quiet' },
    });
    expect(screen.queryByText(/select any event/i)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Follow the story/ })).toBeVisible();
  });

  it('shows nothing for an open event when there is no story', () => {
    const { container } = renderWithStore(<StoryIntro />, {
      dataset: makeStory(),
      view: { ...DEFAULT_VIEW, event: 'kyiv-quiet' },
    });
    expect(container).toBeEmptyDOMElement();
  });
});
