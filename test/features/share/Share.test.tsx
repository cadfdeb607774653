import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../../src/features/share/CopyLinkButton';
import { ShareButton } from '../../../src/features/share/ShareButton';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { renderWithStore } from '../../helpers/renderWithStore';

describe('share', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it("copies the current view's link and confirms in a live region", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    window.history.replaceState(null, '', '/a/b/#/?kind=talks');
    renderWithStore(<CopyLinkButton />, {
      view: { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, kinds: ['talks'] } },
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/a/b/#/?kind=talks');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it("copies an event's preview page when the view is just that event", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    window.history.replaceState(null, '', '/a/b/index.html#/event/antalya-talks');
    renderWithStore(<CopyLinkButton />, { view: { ...DEFAULT_VIEW, event: 'antalya-talks' } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/a/b/event/antalya-talks.html');
  });

  it('falls back to execCommand, and shows the link when even that fails', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const execCommand = vi.fn().mockReturnValue(false);
    document.execCommand = execCommand;
    renderWithStore(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Copy this link: http://localhost:3000/',
    );
  });

  it('offers Share… only where the Web Share API exists', async () => {
    const { unmount } = renderWithStore(<ShareButton title="Sourceline" />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    unmount();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    renderWithStore(<ShareButton title="Sourceline" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: 'Sourceline', url: 'http://localhost:3000/#/' });
  });
});
