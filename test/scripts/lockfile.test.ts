import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every package in the lock file comes from the npm registry: no git, file, link or tarball URL
// dependencies, and any recorded download address is registry.npmjs.org.

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; resolved?: string; link?: boolean }>;
};
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package-lock.json', () => {
  const entries = Object.entries(lock.packages).filter(([key]) => key !== '');

  it('is a v3 lock file with packages', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('resolves every package from the npm registry', () => {
    const foreign = entries.filter(
      ([, p]) =>
        p.link === true ||
        (p.resolved !== undefined && !p.resolved.startsWith('https://registry.npmjs.org/')) ||
        (p.version !== undefined && !/^\d+\.\d+\.\d+/.test(p.version)),
    );
    expect(foreign.map(([key]) => key)).toEqual([]);
  });

  it('declares only registry version ranges in package.json', () => {
    const specs = Object.values({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(specs.filter((s) => !/^[\^~]?\d/.test(s))).toEqual([]);
  });
});
