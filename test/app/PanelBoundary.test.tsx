import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { makeStory } from '../helpers/factories';

// A failure injected into one panel (the timeline) stays in that panel.
const failure = vi.hoisted(() => ({ on: true }));
vi.mock('../../src/features/timeline/Timeline', () => ({
  Timeline: () => {
    if (failure.on) throw new Error('injected timeline failure');
    return <p>timeline back</p>;
  },
}));

const { App } = await import('../../src/app/App');

describe('PanelBoundary', () => {
  afterEach(() => {
    failure.on = true;
    vi.restoreAllMocks();
  });

  it('shows a message in the failed panel and leaves the rest working', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const store = createAppStore(makeStory());
    render(<App store={store} />);

    const main = screen.getByRole('main');
    expect(within(main).getByRole('alert')).toHaveTextContent(
      'Something went wrong in the timeline. The rest of Sourceline still works.',
    );
    expect(consoleError).toHaveBeenCalled();

    // The filters and the masthead's controls (chunks loaded after the first frame), the layout
    // switch and the list still work.
    const filters = screen.getByRole('complementary', { name: 'Filters' });
    const first = (await within(filters).findAllByRole('checkbox'))[0];
    if (!first) throw new Error('no filter checkbox');
    await user.click(first);
    expect(first).toBeChecked();
    await user.click(await screen.findByRole('button', { name: 'List' }));
    expect(within(main).queryByRole('alert')).not.toBeInTheDocument();
    expect((await within(main).findAllByRole('link')).length).toBeGreaterThan(0);

    // Back on the timeline, "Try again" re-renders it once the fault is gone.
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(within(main).getByRole('alert')).toBeInTheDocument();
    failure.on = false;
    await user.click(within(main).getByRole('button', { name: 'Try again' }));
    expect(within(main).getByText('timeline back')).toBeInTheDocument();
  });
});
