import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../scripts/lib/runIngest';

// The hostile article (test/fixtures/hostile): markup, script and javascript:/data: URLs, a
// 100 kB line, control characters, bidi overrides, zero-width characters and emoji. The ingest
// neutralises it by keeping it as plain text, byte for byte; the app renders it as text
// (test/e2e/hostile-article.spec.ts proves nothing executes). Non-UTF-8 bytes are rejected
// (test/scripts/ingestCli.test.ts).

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sourceline-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hostile article through the ingest', () => {
  const run = runIngest(path.join(root, 'test/fixtures/hostile/data'), path.join(dir, 'd.json'));
  if (!run.ok) throw new Error(run.problems.map((p) => p.message).join('\n'));
  const raw = readFileSync(
    path.join(root, 'test/fixtures/hostile/data/articles/001_hostile.txt'),
    'utf8',
  );
  const paragraphs = run.dataset.articles[0]?.paragraphs ?? [];

  it('keeps every body line byte for byte, as text', () => {
    for (const p of paragraphs) expect(raw).toContain(p);
    const all = paragraphs.join('\n');
    expect(all).toContain('<script>window.sourcelinePwned = 1</script>');
    expect(all).toContain('<img src=x onerror="window.sourcelinePwned = 2">');
    expect(all).toContain('javascript:window.sourcelinePwned=3');
    expect(all).toContain('\u202Egnp.exe\u202C');
    expect(all).toContain('zero\u200Bwidth');
    expect(all).toContain('\u0007');
    expect(all).toContain('\u{1F1FA}\u{1F1E6}');
  });

  it('keeps the 100 kB line whole', () => {
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeGreaterThan(100_000);
  });

  it('locates quotes that contain markup, with offsets into the text', () => {
    const event = run.dataset.events.find((e) => e.id === 'talks-continue');
    const ev = event?.evidence[0];
    expect(ev).toBeDefined();
    if (!ev) return;
    expect(paragraphs[ev.paragraph]?.slice(ev.start, ev.end)).toBe(ev.quote);
  });
});
