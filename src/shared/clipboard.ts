/**
 * Copies `text` to the clipboard: the async clipboard API, else (missing, denied, or an insecure
 * context) a hidden, selected textarea and `execCommand('copy')`. Resolves to whether the text
 * was copied; the caller shows the text to copy by hand when it was not.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the old way below.
  }
  // Selecting the textarea moves focus: it goes back where the reader was.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus();
  return ok;
}
