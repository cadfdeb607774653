import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import { renderWithStore } from '../../helpers/renderWithStore';

describe('ExportMenu', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers Print, which prints the page (the print view renders on beforeprint)', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWithStore(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Cite & export' }));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
