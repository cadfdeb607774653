import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { FILES, type Problem } from '../ingest/problems.ts';
import {
  actorsInputSchema,
  articlesMetaSchema,
  eventsInputSchema,
  placesInputSchema,
  storyInputSchema,
} from '../ingest/schema.ts';
import { parseWithSchema } from '../ingest/validate.ts';
import { compileWorkspaceStory } from './compile.ts';
import {
  dataLabel,
  decodeText,
  fileProblem,
  JSON_FILES,
  LIMITS,
  mib,
  parseJson,
  type JsonFile,
} from './exchangeFiles.ts';
import type { WorkspaceStory } from './story.ts';

/** Zip entries carry this date, so equal stories give byte-equal zips. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** A JSON file as `data/` holds it: two-space indent and a trailing newline. */
const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The story as a zip of the project's `data/` format, which `npm run ingest` compiles:
 * `articles/<file>.txt` (the texts, UTF-8), `articles.json`, `actors.json`, `places.json`,
 * `events.json`, `story.json`. Deterministic: equal stories give equal bytes.
 */
export function exportStoryZip(story: WorkspaceStory): Uint8Array {
  const files: Zippable = {};
  for (const a of [...story.articles].sort((x, y) => x.file.localeCompare(y.file)))
    files[`articles/${a.file}`] = strToU8(a.text);
  files['articles.json'] = json(story.articlesMeta);
  files['actors.json'] = json(story.actors);
  files['places.json'] = json(story.places);
  files['events.json'] = json(story.events);
  files['story.json'] = json(story.story);
  return zipSync(files, { level: 6, mtime: ZIP_DATE });
}

export type ImportResult = { ok: true; story: WorkspaceStory } | { ok: false; problems: Problem[] };

const ARTICLE_PATH = /^articles\/[^/\\]+\.txt$/;

/** A zip's paths with the one folder they may all sit in (`data/…`, `my-story/…`) removed. */
function commonFolder(names: readonly string[]): string {
  const first = names[0]?.split('/')[0];
  if (first === undefined || names.some((n) => !n.startsWith(`${first}/`))) return '';
  // The zip's own articles/ folder is not a wrapper.
  return names.every((n) => n.startsWith('articles/')) ? '' : `${first}/`;
}

/**
 * Reads a zip of the `data/` format into a new story with id `id` (its title from story.json).
 * Every problem names file, record and field: a file that is not a zip, too large, an
 * unexpected path, an article that is not UTF-8 text, JSON of the wrong shape (the ingest's own
 * schemas), and everything compiling finds (a quote not in its article). Nothing is returned
 * unless the whole story compiles.
 */
export function importStoryZip(bytes: Uint8Array, id: string, updated: string): ImportResult {
  const zipLabel = 'the zip file';
  if (bytes.length > LIMITS.fileBytes)
    return refuse(
      fileProblem(zipLabel, `too large (${mib(bytes.length)}; at most ${mib(LIMITS.fileBytes)})`),
    );
  let entries: Record<string, Uint8Array>;
  const problems: Problem[] = [];
  try {
    let count = 0;
    entries = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        if (count > LIMITS.entries) throw new RangeError(`more than ${LIMITS.entries} files`);
        if (file.name.endsWith('/')) return false;
        if (file.originalSize > LIMITS.entryBytes) {
          problems.push(
            fileProblem(
              file.name,
              `too large unpacked (${mib(file.originalSize)}; at most ${mib(LIMITS.entryBytes)})`,
            ),
          );
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(fileProblem(zipLabel, `not a zip file this app can read (${reason})`));
  }
  if (problems.length > 0) return { ok: false, problems };

  const names = Object.keys(entries).filter((n) => !isSystemFile(n));
  const folder = commonFolder(names);
  const articles: WorkspaceStory['articles'] = [];
  const inputs: Partial<Record<JsonFile, unknown>> = {};
  for (const name of names.sort()) {
    const path = name.slice(folder.length);
    const label = dataLabel(path);
    const decoded = decodeText(label, entries[name] ?? new Uint8Array());
    if (ARTICLE_PATH.test(path)) {
      if (!decoded.ok) problems.push(decoded.problem);
      else {
        const file = path.slice('articles/'.length);
        articles.push({ file, text: decoded.text, origin: file, format: 'txt', removed: [] });
      }
    } else if (path in JSON_FILES) {
      if (!decoded.ok) problems.push(decoded.problem);
      else {
        const parsed = parseJson(label, decoded.text);
        if (parsed.ok) inputs[path as JsonFile] = parsed.value;
        else problems.push(parsed.problem);
      }
    } else {
      problems.push(
        fileProblem(
          name,
          'not part of the data/ format (articles/<name>.txt, articles.json, actors.json, places.json, events.json, story.json)',
          '(path)',
        ),
      );
    }
  }
  for (const name of ['articles.json', 'events.json'] as const)
    if (!(name in inputs) && !problems.some((p) => p.file === dataLabel(name)))
      problems.push(fileProblem(dataLabel(name), 'missing from the zip'));
  if (problems.length > 0) return { ok: false, problems };

  const meta = parseWithSchema(FILES.articlesMeta, articlesMetaSchema, inputs['articles.json']);
  const actors = parseWithSchema(FILES.actors, actorsInputSchema, inputs['actors.json'] ?? []);
  const places = parseWithSchema(FILES.places, placesInputSchema, inputs['places.json'] ?? []);
  const events = parseWithSchema(FILES.events, eventsInputSchema, inputs['events.json']);
  const storyFile = parseWithSchema(FILES.story, storyInputSchema, inputs['story.json'] ?? {});
  for (const parsed of [meta, actors, places, events, storyFile])
    if (!parsed.ok) problems.push(...parsed.problems);
  if (!meta.ok || !actors.ok || !places.ok || !events.ok || !storyFile.ok)
    return { ok: false, problems };

  const story: WorkspaceStory = {
    id,
    updated,
    articles,
    articlesMeta: meta.value,
    actors: actors.value,
    places: places.value,
    events: events.value,
    story: storyFile.value,
    drafts: [],
  };
  const compiled = compileWorkspaceStory(story);
  return compiled.ok ? { ok: true, story } : { ok: false, problems: compiled.problems };
}

/** Folders and files that archivers add (macOS resource forks, Finder's and Windows' metadata). */
function isSystemFile(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/.test(name);
}

const refuse = (problem: Problem): ImportResult => ({ ok: false, problems: [problem] });
