import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Makes "the next deploy" of a built app: a copy whose every hashed file in assets/ has a new
 * name (as any code change gives them), with index.html, the chunks and the service worker's
 * precache list rewritten to match, index.html's precache revision changed, and a
 * `<meta name="sourceline-deploy" content="2">` to tell the versions apart. v1's files are gone
 * from it, as they are from a host after a real redeploy.
 */
export async function makeNextDeploy(built: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await cp(built, target, { recursive: true });
  const assets = path.join(target, 'assets');
  const renamed = new Map<string, string>();
  for (const name of await readdir(assets)) {
    const next = name.replace(/-([\w-]{8})\.(js|css|json)$/, '-$1n.$2');
    if (next === name) continue;
    renamed.set(name, next);
    await rename(path.join(assets, name), path.join(assets, next));
  }
  const texts = [
    path.join(target, 'index.html'),
    path.join(target, 'sw.js'),
    ...[...renamed.values()].filter((n) => !n.endsWith('.json')).map((n) => path.join(assets, n)),
  ];
  for (const file of texts) {
    let text = await readFile(file, 'utf8');
    for (const [from, to] of renamed) text = text.split(from).join(to);
    if (file.endsWith('index.html'))
      text = text.replace('<title>', '<meta name="sourceline-deploy" content="2" />\n    <title>');
    if (file.endsWith('sw.js'))
      text = text.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1next-deploy"');
    await writeFile(file, text);
  }
}
