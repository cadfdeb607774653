import { codeSpan as code, markdownText } from './quoting.ts';
import type { Suggestion } from './suggest.ts';

/**
 * The editor's checklist for a suggestion, as Markdown (plain text: nothing here is rendered
 * by the app). Per article: metadata and publication date with their basis, the junk lines
 * dropped, what must be fixed; per candidate: date with its phrase, kind with its keyword,
 * actors, places and the verbatim quote; then the dated sentences that were not proposed.
 * Text from the article (and its file name) is written as code spans, so a Markdown viewer shows
 * its HTML or image syntax as text instead of rendering or fetching it.
 */
export function renderReview(s: Suggestion): string {
  const out: string[] = ['# Suggested events: review before copying into data/', ''];
  out.push(
    'Drafts: `articles.json` (one entry per new file) and `events.json` (one candidate event per dated',
    'sentence). For each candidate keep it or delete it, rewrite `title` and `summary` (the drafts',
    'repeat the sentence), check `date`, `kind`, `actors` and `places`, and merge duplicates into one',
    'event with several evidence quotes. Never edit a `quote`: it is the sentence verbatim.',
    '',
  );
  for (const a of s.articles) {
    out.push(`## ${code(a.file)} → article "${a.id}"`, '');
    out.push(`- title: ${code(a.title)} (${a.titleBasis})`);
    out.push(
      `- outlet: ${a.outlet === null ? 'unknown' : code(a.outlet)}${a.outletBasis ? ` (${a.outletBasis})` : ''}`,
    );
    out.push(
      `- author: ${a.author === null ? 'unknown' : code(a.author)}${a.byline ? `; byline ${code(a.byline)}` : ''}`,
    );
    out.push(`- published: ${a.published ?? 'unknown'} (${a.publishedBasis})`);
    out.push(`- ${a.paragraphs} paragraph(s) kept; ${a.removed.length} junk line(s) dropped:`);
    for (const r of a.removed) out.push(`  - line ${r.line}: ${code(r.text)} (${r.reason})`);
    for (const w of a.warnings) out.push(`- **to fix:** ${markdownText(w)}`);
    out.push('');
  }
  out.push(`## ${s.candidates.length} candidate event(s)`, '');
  for (const c of s.candidates) {
    out.push(`### ${c.id}`, '');
    out.push(`- date: ${c.date} (${c.datePrecision}): ${c.dateBasis}`);
    if (c.otherPhrases.length > 0) out.push(`- also in the sentence: ${c.otherPhrases.join('; ')}`);
    out.push(`- kind: ${c.kind} (${c.kindBasis})`);
    out.push(`- actors: ${c.actors.join(', ') || 'none found'}`);
    out.push(`- places: ${c.places.join(', ') || 'none found'}`);
    out.push(`- quote (${c.article}, paragraph ${c.paragraph}): ${code(c.quote)}`, '');
  }
  if (s.skipped.length > 0) {
    out.push(`## ${s.skipped.length} dated sentence(s) not proposed`, '');
    for (const k of s.skipped) {
      out.push(
        `- ${k.article}, paragraph ${k.paragraph} (${k.phrases.map((p) => `“${p}”`).join(', ')}): ${k.reason}. ${code(k.sentence)}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
