import { expect, test as base } from '@playwright/test';
import { watchPage } from './fixtures';

// The Content-Security-Policy of the built app, and proof that it is enforced.

const REQUIRED = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

base(
  'the served index.html carries exactly the strict policy, and no inline script',
  async ({ request }) => {
    const html = await (await request.get('/')).text();
    const metas = [
      ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
    ];
    expect(metas).toHaveLength(1);
    const directives = (metas[0]?.[1] ?? '').split(';').map((d) => d.trim());
    expect(directives.toSorted()).toEqual(REQUIRED.toSorted());
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    // Every script is an external file of the app's own; no inline code, no inline style.
    for (const [tag] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) {
      expect(tag).toMatch(/^<script\b[^>]*\bsrc="\.\/[^"]+"[^>]*><\/script>$/);
    }
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  },
);

base(
  'the policy blocks an injected inline script and reports the violation',
  async ({ page, baseURL }) => {
    const faults = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
    // What an HTML injection would do: add an inline script and an inline event handler.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.sourcelinePwned = true;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:,x');
      img.setAttribute('onerror', 'window.sourcelinePwnedToo = true');
      document.body.append(img);
    });
    await expect.poll(() => faults.cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(faults.cspViolations.join('\n')).toMatch(/script-src/);
    const flags = await page.evaluate(() => [
      (window as unknown as Record<string, unknown>).sourcelinePwned,
      (window as unknown as Record<string, unknown>).sourcelinePwnedToo,
    ]);
    expect(flags).toEqual([undefined, undefined]);
  },
);

base('the policy blocks a request to another origin', async ({ page, baseURL }) => {
  const faults = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  const outcome = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/exfiltrate').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  await expect.poll(() => faults.cspViolations.join('\n')).toMatch(/connect-src/);
});
