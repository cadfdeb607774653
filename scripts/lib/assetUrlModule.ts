import type { Plugin } from 'vite';

/**
 * A Vite plugin for `import url from '<module>'`: in a build, the URL of the file `file()`
 * returns, emitted as a hashed asset (`?url`); null on the dev server, in tests, or when
 * `file()` returns null (nothing to ship). `file` runs when the module is loaded, in a build only.
 */
export function assetUrlModule(name: string, module: string, file: () => string | null): Plugin {
  const resolved = `\0${module}`;
  let building = false;
  return {
    name,
    configResolved(config) {
      building = config.command === 'build' && !process.env.VITEST;
    },
    resolveId(id) {
      return id === module ? resolved : null;
    },
    load(id) {
      if (id !== resolved) return null;
      const path = building ? file() : null;
      if (path === null) return 'export default null;';
      return `export { default } from ${JSON.stringify(`${path}?url`)};`;
    },
  };
}
