import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A plain static host on 127.0.0.1 and a free port, as a test controls it. */
export interface StaticHost {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Serves `folder` under `mount` (e.g. `/a/b/`) from now on: a deploy, or a redeploy. */
  deploy: (folder: string) => void;
  /** Pages served at exact paths (a host page that embeds the app). */
  pages: Map<string, string>;
  close: () => Promise<void>;
}

/**
 * Serves a built app under a sub-path the way a plain static host does: files as they are,
 * `index.html` for a folder, 404 for anything else, no rewrites and no fallback.
 */
export async function startStaticHost(mount: string): Promise<StaticHost> {
  let root: string | null = null;
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const page = pages.get(pathname);
      if (page !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(page);
        return;
      }
      if (root === null || !pathname.startsWith(mount)) {
        response.writeHead(404).end('not found');
        return;
      }
      let file = path.join(root, pathname.slice(mount.length));
      if (!file.startsWith(root)) {
        response.writeHead(404).end('not found');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        const body = await readFile(file);
        response
          .writeHead(200, {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          })
          .end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (folder) => {
      root = path.resolve(folder);
    },
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The built app the e2e tests run against (`OUT_DIR`, as in playwright.config.ts). */
export const builtApp = process.env.OUT_DIR ?? 'dist';
