import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint rule behind the layers (domain <- state <- features <- app, features never import each
// other). Every case below becomes one file in a small src/ tree in a temporary folder, next to a copy
// of the project's .oxlintrc.json (its overrides match paths relative to the config); the tree is
// linted once and each file's layer errors are checked.

const forbidden: Array<[string, string]> = [
  ['src/domain/view/x.ts', "import { useAppStore } from '../../state/store';"],
  ['src/domain/x.ts', "import { Timeline } from '../features/timeline/Timeline';"],
  ['src/domain/view/x.ts', "export { App } from '../../app/App';"],
  ['src/domain/view/x.ts', "import { afterFirstFrame } from '../../shared/afterFirstFrame';"],
  ['src/domain/view/x.ts', "import { useState } from 'react';"],
  ['src/domain/x.ts', "import { generateDataset } from '../../scripts/bench/synthetic/generate';"],
  ['src/domain/view/x.ts', "export const load = () => import('../../features/map/MapPanel');"],
  ['src/state/x.ts', "import { SearchBox } from '../features/search/SearchBox';"],
  ['src/state/x.ts', "import { App } from '../app/App';"],
  ['src/shared/x.ts', "import { Timeline } from '../features/timeline/Timeline';"],
  ['src/features/map/x.ts', "import { Timeline } from '../timeline/Timeline';"],
  ['src/features/map/x.ts', "export const load = () => import('../search/SearchResults');"],
  ['src/features/map/x.ts', "import { Timeline } from '../../features/timeline/Timeline';"],
  ['src/features/map/x.ts', "import { Header } from '../../app/Header';"],
];
const allowed: Array<[string, string]> = [
  ['src/domain/view/x.ts', "import { isoDay } from '../timeline/time';"],
  ['src/state/x.ts', "import { parseUrl } from '../domain/view/url';"],
  ['src/shared/x.ts', "import { useAppStore } from '../state/store';"],
  ['src/features/map/x.ts', "import { projection } from './geometry';"],
  ['src/features/map/x.ts', "import { useAppStore } from '../../state/store';"],
  ['src/features/map/x.ts', "import { afterFirstFrame } from '../../shared/afterFirstFrame';"],
  ['src/app/x.ts', "import { Timeline } from '../features/timeline/Timeline';"],
];

const root = path.resolve(import.meta.dirname, '../..');
const oxlint = path.join(root, 'node_modules/.bin/oxlint');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sourceline-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where case `i` is written: its layer's folder, a file name unique to the case. */
const fileOf = ([file]: [string, string], i: number) => file.replace(/x\.ts$/, `case${i}.ts`);
const cases = [...forbidden, ...allowed];
/** Layer errors ("Layers: ..." help texts) by the linted file's path relative to the fake root. */
const errorsByFile = new Map<string, string[]>();

beforeAll(() => {
  copyFileSync(path.join(root, '.oxlintrc.json'), path.join(dir, '.oxlintrc.json'));
  cases.forEach((c, i) => {
    const target = path.join(dir, fileOf(c, i));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${c[1]}\nexport const used = 1;\n`);
  });
  let output: string;
  try {
    output = execFileSync(oxlint, ['-c', '.oxlintrc.json', '-f', 'json', 'src'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as {
    diagnostics: Array<{ filename: string; help?: string; code: string; severity: string }>;
  };
  for (const d of report.diagnostics) {
    if (d.severity !== 'error' || !d.code.includes('no-restricted-imports')) continue;
    const file = path.relative(dir, path.resolve(dir, d.filename));
    errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), d.help ?? '']);
  }
});

describe('lint guards the layers', () => {
  const rows = cases.map(([file, code], i) => ({ file, code, at: fileOf(cases[i]!, i) }));

  it.each(rows.slice(0, forbidden.length))('$file: $code is an error', ({ at }) => {
    const errors = errorsByFile.get(at) ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Layers: /);
  });

  it.each(rows.slice(forbidden.length))('$file: $code is allowed', ({ at }) => {
    expect(errorsByFile.get(at) ?? []).toEqual([]);
  });
});
