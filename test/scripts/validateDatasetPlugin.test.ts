import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDatasetPlugin } from '../../scripts/validateDatasetPlugin.ts';
import { makeStory } from '../helpers/factories';

// The build's dataset check, run with a stand-in for Rollup's plugin context.

const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the plugin's buildStart on `bytes`; returns the build error's message, or null. */
function check(bytes: Uint8Array | string): string | null {
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, bytes);
  const plugin = validateDatasetPlugin(file);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    info() {},
  };
  try {
    (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('validateDatasetPlugin', () => {
  it('passes a valid dataset', () => {
    expect(check(JSON.stringify(makeStory()))).toBeNull();
  });

  it('refuses bytes that are not UTF-8 instead of reading them as U+FFFD', () => {
    const json = JSON.stringify(makeStory());
    const at = json.indexOf('Antalya');
    const bytes = Buffer.concat([
      Buffer.from(json.slice(0, at)),
      Buffer.from([0xc0]),
      Buffer.from(json.slice(at)),
    ]);
    expect(check(bytes)).toMatch(/dataset .*dataset\.json: not valid UTF-8/);
  });

  it('refuses a record id that is not a slug', () => {
    const story = makeStory();
    story.events[0]!.id = 'x\r\nATTACH:evil';
    expect(check(JSON.stringify(story))).toMatch(/events\[0\]\.id.*lower-case slug/);
  });
});
