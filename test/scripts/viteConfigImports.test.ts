import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const IMPORT = /(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of a TypeScript file, each with the .ts file it names (when it is one). */
function importsOf(file: string): { spec: string; target: string | null }[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
    const spec = m[1] ?? '';
    const base = path.resolve(path.dirname(file), spec);
    const target = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
      (f) => f.endsWith('.ts') && existsSync(f) && statSync(f).isFile(),
    );
    return { spec, target: target ?? null };
  });
}

describe('the modules the Vite config loads', () => {
  it('name their .ts extensions, as the native config loader (Node) needs', () => {
    const seen = new Set<string>();
    const bare: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { spec, target } of importsOf(file)) {
        if (!target) continue;
        if (!spec.endsWith('.ts')) bare.push(`${path.relative(root, file)}: '${spec}'`);
        visit(target);
      }
    };
    visit(path.join(root, 'vite.config.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(bare).toEqual([]);
  });
});
