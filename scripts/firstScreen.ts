import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { extractInlineStyles } from '../src/app/firstScreenStyles.ts';

/**
 * Beyond this much HTML the first screen is left out (index.html keeps its loading line): a
 * dataset that large is drawn faster by the app than its markup downloads.
 */
export const FIRST_SCREEN_LIMIT_BYTES = 400 * 1024;

const root = process.cwd();
/** The module of the first screen's styles (imported by src/main.tsx). */
const STYLES_ID = 'virtual:first-screen.css';
const RESOLVED_STYLES_ID = `\0${STYLES_ID}`;
const PLACEHOLDER = /<div id="root">[\s\S]*?<\/div>/;

/** Renders the first screen for the dataset with the app's own modules (src/app/renderFirstScreen.tsx). */
async function renderHtml(datasetPath: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // Node imports the dependencies itself: nothing to scan or pre-bundle for a browser.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/renderFirstScreen.tsx')) as {
      renderFirstScreen: (dataset: unknown) => Promise<string>;
    };
    return await module.renderFirstScreen(JSON.parse(readFileSync(datasetPath, 'utf8')));
  } finally {
    await server.close();
  }
}

/** The boot script (src/app/firstScreenBoot.ts) as one small classic script. */
async function buildBoot(): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(root, 'src/app/firstScreenBoot.ts'),
        formats: ['iife'],
        name: 'sourcelineBoot',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk')
    throw new Error('first screen: the boot script was not built');
  return chunk.code;
}

/** The app's module scripts, as the build writes them into index.html. */
const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;

/**
 * Takes the app's module scripts (its entry, and the bundler's runtime beside it) out of
 * index.html: the boot script adds them once the first screen has been painted
 * (src/app/firstScreen.ts, `loadAppAfterFirstPaint`), so the first paint never waits for the
 * app's download or its run. Returns the page and the scripts' addresses.
 */
export function takeAppScripts(html: string): { page: string; scripts: string[] } {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (scripts.length === 0) throw new Error('first screen: no module script in index.html');
  return { page: html.replace(MODULE_SCRIPT, ''), scripts };
}

const emitted = (ctx: IndexHtmlTransformContext, name: string) => {
  const file = Object.values(ctx.bundle ?? {}).find(
    (f) => f.type === 'asset' && (f.names ?? []).includes(name),
  );
  if (!file) throw new Error(`first screen: ${name} was not emitted`);
  return `./${file.fileName}`;
};

/**
 * Prerenders the first screen into the built index.html: the app for the default view
 * (masthead, summary, filters, the timeline as drawn at its fallback width, its legend), so the
 * page shows it before any script or the dataset has arrived; its style attributes become rules
 * of the app's stylesheet (the CSP forbids inline styles). A blocking boot script in <head> applies the stored
 * theme, hides what a link or the last view would contradict, and adds the app's module scripts
 * once the first screen has been painted. main.tsx replaces it all.
 * `datasetPath` null: no first screen (index.html keeps its loading line).
 */
export function firstScreen(datasetPath: string | null): Plugin {
  let prerendered: string | null = null;
  let styles = '';
  let building = false;
  return {
    name: 'sourceline-first-screen',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    async buildStart() {
      prerendered = null;
      styles = '';
      if (!building || datasetPath === null) return;
      const { markup, css } = extractInlineStyles(await renderHtml(datasetPath));
      if (markup.length > FIRST_SCREEN_LIMIT_BYTES) {
        this.warn(
          `first screen left out: ${Math.round(markup.length / 1024)} KB of HTML for ${path.basename(datasetPath)}`,
        );
        return;
      }
      prerendered = markup;
      styles = css;
      this.emitFile({ type: 'asset', name: 'boot.js', source: await buildBoot() });
    },
    // The first screen's styles join the app's stylesheet (main.tsx imports them): no request of
    // their own before the first paint. Empty in development and tests.
    resolveId(id) {
      return id === STYLES_ID ? RESOLVED_STYLES_ID : null;
    },
    load(id) {
      return id === RESOLVED_STYLES_ID ? styles : null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (prerendered === null) return html;
        if (!PLACEHOLDER.test(html)) throw new Error('index.html: <div id="root"> not found');
        const { page, scripts } = takeAppScripts(
          html.replace(PLACEHOLDER, () => `<div id="root">${prerendered}</div>`),
        );
        return {
          html: page,
          tags: [
            {
              tag: 'script',
              attrs: { src: emitted(ctx, 'boot.js'), 'data-app': scripts.join(' ') },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
