import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import ExportPanel from '../../../src/features/export/ExportPanel';
import { renderWithStore } from '../../helpers/renderWithStore';

// The export menu copies as Copy link does: the clipboard API, else the execCommand fallback.

describe('ExportMenu copies', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Opens the menu; user-event installs its own clipboard, so the test stubs after this. */
  const open = async () => {
    const user = userEvent.setup();
    renderWithStore(<ExportMenu Panel={ExportPanel} />);
    await user.click(screen.getByRole('button', { name: 'Cite & export' }));
    return user;
  };
  const valueOf = (name: string | RegExp) =>
    (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value;

  it.each([
    ['Copy citation', /Citation of this view/, 'Citation copied'],
    ['Copy embed code', 'Embed this view in a page', 'Embed code copied'],
  ])('%s without a clipboard API copies through the fallback', async (button, box, done) => {
    const user = await open();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    let copied: string | null = null;
    document.execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(done)).toBeInTheDocument();
    expect(copied).toBe(valueOf(box));
  });

  it('asks the reader to copy by hand when the browser refuses both ways', async () => {
    const user = await open();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    document.execCommand = vi.fn().mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await screen.findByText('Select the citation text and copy it')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText('Select the embed code and copy it')).toBeInTheDocument();
  });
});
