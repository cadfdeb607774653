import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryCard } from '../../../src/features/story/StoryCard';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';
import { makeToldStory } from '../../helpers/factories';

function atStep(story: number | null) {
  const dataset = makeToldStory();
  const event = story === null ? null : (dataset.story.steps[story]?.event ?? null);
  return renderWithStore(<StoryCard />, { dataset, view: { ...DEFAULT_VIEW, story, event } });
}

const card = () => screen.getByRole('region', { name: /The story/ });

describe('StoryCard', () => {
  it('renders nothing outside the story', () => {
    const { container } = atStep(null);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows where the step is and the caption as the editor’s words', () => {
    atStep(1);
    expect(card()).toHaveAccessibleName('The story 2 of 3');
    expect(screen.getByText('The editor writes')).toBeVisible();
    expect(screen.getByText('The editor: then the ministers meet.')).toBeVisible();
  });

  it('moves by the Previous and Next buttons, not past either end', () => {
    const { store } = atStep(0);
    const previous = screen.getByRole('button', { name: /Previous/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(previous);
    expect(store.getState().view.story).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(store.getState().view).toMatchObject({ story: 1, event: 'antalya-talks' });
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    const end = screen.getByRole('button', { name: /The end/ });
    expect(end).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(end);
    expect(store.getState().view.story).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(store.getState().view.story).toBe(1);
  });

  it('moves by the arrow keys, except in a text box or with a modifier', () => {
    const { store } = atStep(0);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(store.getState().view.story).toBe(1);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(store.getState().view.story).toBe(0);
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true });
    expect(store.getState().view.story).toBe(0);
    const box = document.createElement('input');
    document.body.append(box);
    fireEvent.keyDown(box, { key: 'ArrowRight' });
    expect(store.getState().view.story).toBe(0);
    box.remove();
  });

  it('moves by a sideways swipe; a vertical drag or a mouse does nothing', () => {
    const { store } = atStep(1);
    const swipe = (pointerType: string, from: [number, number], to: [number, number]) => {
      fireEvent.pointerDown(card(), {
        pointerId: 1,
        pointerType,
        isPrimary: true,
        clientX: from[0],
        clientY: from[1],
      });
      fireEvent.pointerUp(card(), { pointerId: 1, pointerType, clientX: to[0], clientY: to[1] });
    };
    swipe('touch', [300, 100], [120, 110]);
    expect(store.getState().view.story).toBe(2);
    swipe('touch', [100, 100], [300, 90]);
    expect(store.getState().view.story).toBe(1);
    swipe('touch', [300, 100], [250, 400]);
    swipe('mouse', [300, 100], [100, 100]);
    expect(store.getState().view.story).toBe(1);
  });

  it('leaving keeps the step’s event selected', () => {
    const { store } = atStep(2);
    fireEvent.click(screen.getByRole('button', { name: 'Leave the story' }));
    expect(store.getState().view).toMatchObject({ story: null, event: 'no-ceasefire' });
  });
});
