import { expect, test } from './fixtures';

// Each colour is defined once (light-dark() in src/app/theme.css); which one is used follows the
// system unless the theme menu chose one. Every combination of system and choice is checked on
// the page background, and the choice must win over the system both ways.

const LIGHT_BG = 'rgb(246, 245, 241)';
const DARK_BG = 'rgb(19, 20, 24)';

const cases = [
  { system: 'light', choice: 'system', expected: LIGHT_BG },
  { system: 'dark', choice: 'system', expected: DARK_BG },
  { system: 'light', choice: 'dark', expected: DARK_BG },
  { system: 'dark', choice: 'light', expected: LIGHT_BG },
  { system: 'dark', choice: 'dark', expected: DARK_BG },
  { system: 'light', choice: 'light', expected: LIGHT_BG },
] as const;

for (const { system, choice, expected } of cases) {
  test(`system ${system}, theme ${choice}: the ${expected === DARK_BG ? 'dark' : 'light'} palette`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.goto('/#/');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(choice);
    const colours = () =>
      page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      }));
    await expect.poll(async () => (await colours()).bg).toBe(expected);
    // Native controls (scroll bars, form fields) follow the same scheme as the palette.
    const scheme = (await colours()).scheme;
    if (choice === 'system') expect(scheme).toBe('light dark');
    else expect(scheme).toBe(choice);
  });
}
