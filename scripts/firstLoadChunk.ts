import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Puts every module the app's entry imports statically (what the first screen runs) in one
 * chunk. Left to itself the bundler spreads them over half a dozen files (React beside the
 * store, the URL parsers, a few small shared modules), each compressed on its own: one file
 * is about 2 KB smaller gzipped, and one request. Lazy chunks import from it as before; the
 * modules run in the same order, as the chunk holds exactly the entry's static graph.
 *
 * `plugin` records the graph once it is built; `test` is the chunk group's test
 * (`build.rolldownOptions.output.codeSplitting.groups`), asked only after that.
 */
export function firstLoadChunk(entry: string): { plugin: Plugin; test: (id: string) => boolean } {
  const target = path.resolve(entry);
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'sourceline-first-load-chunk',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const stack = [...this.getModuleIds()].filter((id) => path.resolve(id) === target);
      if (stack.length === 0) throw new Error(`firstLoadChunk: entry ${entry} is not in the build`);
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (modules.has(id)) continue;
        modules.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => modules.has(id) };
}
