import { formatDay, formatEventDate } from '../view/dates.ts';
import type { Dataset, DatasetEvent } from '../types.ts';
import { eventPreviewPath } from './links.ts';

/** The page's policy: no script, no style, nothing fetched but its icon. */
const PREVIEW_POLICY = "default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Text for an HTML text node or a double-quoted attribute. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "Reported by …": each source as outlet, author and date, unknown where it is unknown. */
export function sourcesInWords(dataset: Dataset, event: DatasetEvent): string {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { article } of event.evidence) {
    if (seen.has(article)) continue;
    seen.add(article);
    const a = articles.get(article);
    const outlet = a?.outlet ?? 'an unknown outlet';
    const author = a?.author ? ` (${a.author})` : '';
    const day = a?.published ? `, ${formatDay(a.published)}` : '';
    parts.push(`${outlet}${author}${day}`);
  }
  const count = parts.length === 1 ? '1 source' : `${parts.length} sources`;
  return `Reported by ${count}: ${parts.join('; ')}.`;
}

/**
 * An event's link-preview page: a small static HTML page, with no script, that chat and social
 * apps read for a preview (`og:` and `twitter:` tags) and that forwards a person to the app's
 * view of the event (a meta refresh, and a visible link for when it does not fire). It lives at
 * `eventPreviewPath(id)`, one folder below the app. `siteUrl` is the app's public address
 * (`https://example.org/sourceline/`), which makes the canonical link and `og:url` absolute;
 * without it the canonical link is relative and `og:url` is left out.
 */
export function renderPreviewPage(
  dataset: Dataset,
  event: DatasetEvent,
  siteUrl: string | null,
): string {
  const site = dataset.story.title !== null ? `Sourceline: ${dataset.story.title}` : 'Sourceline';
  const self = eventPreviewPath(event.id);
  const canonical =
    siteUrl !== null ? new URL(self, siteUrl).href : `${encodeURIComponent(event.id)}.html`;
  const app = `../#/event/${encodeURIComponent(event.id)}`;
  const date = formatEventDate(event, { sentence: true });
  const sources = sourcesInWords(dataset, event);
  const description = `${date}. ${event.summary}`;
  const e = escapeHtml;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `    <meta ${attr}="${key}" content="${e(value)}" />`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    `    <meta http-equiv="Content-Security-Policy" content="${PREVIEW_POLICY}" />`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${e(event.title)} · ${e(site)}</title>`,
    meta('name', 'description', description),
    `    <link rel="canonical" href="${e(canonical)}" />`,
    '    <link rel="icon" type="image/svg+xml" href="../favicon.svg" />',
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', site),
    meta('property', 'og:title', event.title),
    meta('property', 'og:description', description),
    ...(siteUrl !== null ? [meta('property', 'og:url', canonical)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', event.title),
    meta('name', 'twitter:description', description),
    `    <meta http-equiv="refresh" content="0; url=${e(app)}" />`,
    '  </head>',
    '  <body>',
    '    <main>',
    `      <h1>${e(event.title)}</h1>`,
    `      <p>${e(date)}</p>`,
    `      <p>${e(event.summary)}</p>`,
    `      <p>${e(sources)}</p>`,
    `      <p><a href="${e(app)}">Open this event in Sourceline</a></p>`,
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
