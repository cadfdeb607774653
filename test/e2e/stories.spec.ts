import { expect, test } from './fixtures';

// Stories made in the workspace: kept on the device, named by their links (#/s/<id>/…).

test('a link to a story this device does not have opens the bundled story with a notice', async ({
  page,
}) => {
  await page.goto('/#/s/not-here/event/some-event');
  await expect(page.getByRole('heading', { name: 'Sourceline' })).toBeVisible();
  await expect(page.getByText(/The story “not-here” is not on this device/)).toBeVisible();
  await expect(page).toHaveURL((url) => url.hash === '#/');
});
