import { expect, hashOf, test } from './fixtures';

// The links the app offers name the view on screen, even in the moment before the address bar
// follows a zoom (zoom and pan are written to the URL after a pause).

test('Copy link right after a zoom copies the zoomed view, which the URL then shows', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/?kind=talks');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
  // Both clicks in one task: nothing has been written to the URL between them.
  const hashAtCopy = await page.evaluate(() => {
    const button = (name: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name,
      );
    button('Zoom in')?.click();
    button('Copy link')?.click();
    return location.hash;
  });
  expect(hashAtCopy).toBe('#/?kind=talks');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#\/\?kind=talks&window=[^&]+~[^&]+$/);
  // The URL catches up with the view, and it is the copied link.
  await expect(page).toHaveURL(link);
  expect(hashOf(page)).toBe(new URL(link).hash);
});
