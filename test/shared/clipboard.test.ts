import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/shared/clipboard';

describe('copyText', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('uses the async clipboard API where there is one', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const execCommand = vi.fn().mockReturnValue(true);
    document.execCommand = execCommand;
    expect(await copyText('hello')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', undefined],
    ['denied', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }],
  ])(
    'falls back to a selected textarea and execCommand when the API is %s',
    async (_, clipboard) => {
      vi.stubGlobal('navigator', { ...navigator, clipboard });
      const button = document.createElement('button');
      document.body.append(button);
      button.focus();
      let copied: string | null = null;
      document.execCommand = vi.fn((command: string) => {
        const area = document.activeElement;
        copied = area instanceof HTMLTextAreaElement && command === 'copy' ? area.value : null;
        return true;
      });
      expect(await copyText('a link')).toBe(true);
      expect(copied).toBe('a link');
      // The textarea is gone and focus is back where the reader was.
      expect(document.querySelector('textarea')).toBeNull();
      expect(document.activeElement).toBe(button);
    },
  );

  it('reports failure when even execCommand refuses or throws', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    document.execCommand = vi.fn().mockReturnValue(false);
    expect(await copyText('x')).toBe(false);
    document.execCommand = vi.fn(() => {
      throw new Error('not allowed');
    });
    expect(await copyText('x')).toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
