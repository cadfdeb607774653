import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The lock file is complete (every platform's optional packages, so `npm ci` works on any machine)
// and every package comes from the configured npm registry: no git, file, link or tarball URLs.

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; resolved?: string; link?: boolean }>;
};
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('package-lock.json', () => {
  const entries = Object.entries(lock.packages).filter(([key]) => key !== '');

  it('is a v3 lock file with packages', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('is in sync with package.json and complete for a clean install (npm ci, offline dry run)', () => {
    const result = spawnSync(
      npm,
      ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: root, encoding: 'utf8' },
    );
    const missing = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((line) => /Missing:|Invalid:|in sync/.test(line));
    expect(missing).toEqual([]);
    expect(result.status).toBe(0);
  }, 60_000);

  it('resolves every package from the configured npm registry', () => {
    const registry = execFileSync(npm, ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
    const prefix = registry.endsWith('/') ? registry : `${registry}/`;
    const foreign = entries.filter(
      ([, p]) =>
        p.link === true ||
        (p.resolved !== undefined && !p.resolved.startsWith(prefix)) ||
        (p.version !== undefined && !/^\d+\.\d+\.\d+/.test(p.version)),
    );
    expect(foreign.map(([key]) => key)).toEqual([]);
  });

  it('declares only registry version ranges in package.json', () => {
    const specs = Object.values({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(specs.filter((s) => !/^[\^~]?\d/.test(s))).toEqual([]);
  });
});
