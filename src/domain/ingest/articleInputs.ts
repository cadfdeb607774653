import { cleanArticle, findJunk, type CleanedArticle } from './clean.ts';
import { isIsoDate } from '../calendar.ts';
import { FILES, type Problem } from './problems.ts';
import type { ArticleMetaInput } from './schema.ts';
import { duplicateIds } from './validate.ts';

/** An article with an entry in articles.json, cleaned. */
export interface PreparedArticle {
  meta: ArticleMetaInput;
  cleaned: CleanedArticle;
}

/**
 * Problems between the article files and their articles.json entries: duplicate ids or files,
 * entries without a file, files without an entry, overrides of `published` that are not real
 * dates or that do not say why.
 */
export function checkArticleEntries(
  meta: readonly ArticleMetaInput[],
  filesOnDisk: ReadonlySet<string>,
): Problem[] {
  const problems = duplicateIds(FILES.articlesMeta, meta);
  const filesInMeta = new Set<string>();
  for (const m of meta) {
    const at = { file: FILES.articlesMeta, id: m.id };
    if (filesInMeta.has(m.file))
      problems.push({ ...at, field: 'file', message: `"${m.file}" has more than one entry` });
    filesInMeta.add(m.file);
    if (!filesOnDisk.has(m.file))
      problems.push({ ...at, field: 'file', message: `data/articles/${m.file} does not exist` });
    const o = m.overrides;
    if (o?.published !== undefined && !isIsoDate(o.published)) {
      problems.push({
        ...at,
        field: 'overrides.published',
        message: `${o.published} is not a real calendar date`,
      });
    }
    if (o?.published !== undefined && o.publishedBasis === undefined) {
      problems.push({
        ...at,
        field: 'overrides.publishedBasis',
        message: 'an override of published must say why (publishedBasis)',
      });
    }
  }
  for (const f of [...filesOnDisk].sort()) {
    if (!filesInMeta.has(f)) {
      problems.push({
        file: FILES.article(f),
        id: f,
        field: '(file)',
        message: 'no entry in data/articles.json',
      });
    }
  }
  return problems;
}

/**
 * Cleans every article that decoded and has an entry, by article id. An article left empty by
 * cleaning, or with junk that survived it, is a problem.
 */
export function prepareArticles(
  meta: readonly ArticleMetaInput[],
  texts: ReadonlyMap<string, string>,
): { prepared: Map<string, PreparedArticle>; problems: Problem[] } {
  const problems: Problem[] = [];
  const prepared = new Map<string, PreparedArticle>();
  for (const m of meta) {
    const text = texts.get(m.file);
    if (text === undefined || prepared.has(m.id)) continue;
    const cleaned = cleanArticle(text);
    if (cleaned.paragraphs.length === 0) {
      problems.push({
        file: FILES.article(m.file),
        id: m.file,
        field: '(contents)',
        message: 'no article text left after cleaning',
      });
      continue;
    }
    cleaned.paragraphs.forEach((p, i) => {
      const junk = findJunk(p);
      if (junk.length > 0) {
        problems.push({
          file: FILES.article(m.file),
          id: m.file,
          field: `paragraphs[${i}]`,
          message: `scraping junk survived cleaning (${junk.join(', ')})`,
        });
      }
    });
    prepared.set(m.id, { meta: m, cleaned });
  }
  return { prepared, problems };
}
