import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import ExportPanel from '../../../src/features/export/ExportPanel';
import { PrintDocument } from '../../../src/features/print/PrintDocument';
import { PrintView } from '../../../src/features/print/PrintView';
import { CopyLinkButton } from '../../../src/features/share/CopyLinkButton';
import { ShareButton } from '../../../src/features/share/ShareButton';
import { renderWithStore } from '../../helpers/renderWithStore';

// Every link the app offers names the store's view, even while the address bar still shows the
// view before a zoom (the URL follows zoom and pan after a pause).

const ZOOMED: readonly [number, number] = [
  Date.parse('2022-03-09T06:00:00Z'),
  Date.parse('2022-03-11T18:00:00Z'),
];
const WINDOW = 'window=2022-03-09T06:00Z~2022-03-11T18:00Z';

describe('links name the current view', () => {
  beforeEach(() => {
    // The address bar still shows the view before the zoom.
    window.history.replaceState(null, '', '/app/#/?kind=talks');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it('Copy link, right after a zoom, copies the zoomed view', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = renderWithStore(<CopyLinkButton />);
    act(() => store.getState().windowChanged(ZOOMED));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/app/#/?${WINDOW}`);
  });

  it('Share, right after a zoom, shares the zoomed view', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    const { store } = renderWithStore(<ShareButton title="Sourceline" />);
    act(() => store.getState().windowChanged(ZOOMED));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Sourceline',
      url: `http://localhost:3000/app/#/?${WINDOW}`,
    });
  });

  it('the citation, its events and the embed code name the zoomed view', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExportMenu Panel={ExportPanel} />);
    await user.click(screen.getByRole('button', { name: 'Cite & export' }));
    act(() => store.getState().windowChanged(ZOOMED));
    const citation = screen.getByRole('textbox', { name: /Citation of this view/ });
    const text = (citation as HTMLTextAreaElement).value;
    expect(text).toContain(`http://localhost:3000/app/#/?${WINDOW} (accessed`);
    expect(text).toContain(`http://localhost:3000/app/#/event/antalya-talks?${WINDOW}`);
    expect(text).not.toContain('kind=talks');
    const embed = screen.getByRole('textbox', { name: 'Embed this view in a page' });
    expect((embed as HTMLTextAreaElement).value).toContain(
      `src="http://localhost:3000/app/?embed#/?${WINDOW}"`,
    );
  });

  it('the printed document names the zoomed view', () => {
    const { store, container } = renderWithStore(<PrintView Document={PrintDocument} />);
    act(() => store.getState().windowChanged(ZOOMED));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelector('.print-citation')).toHaveTextContent(
      `http://localhost:3000/app/#/?${WINDOW} (accessed`,
    );
    expect(container.querySelector('.print-link')).toHaveTextContent(
      new RegExp(`^http://localhost:3000/app/#/event/[\\w-]+\\?${WINDOW}$`),
    );
  });
});
