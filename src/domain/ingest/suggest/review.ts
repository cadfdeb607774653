import type { Suggestion } from './suggest.ts';

/**
 * The editor's checklist for a suggestion, as Markdown (plain text: nothing here is rendered
 * by the app). Per article: metadata and publication date with their basis, the junk lines
 * dropped, what must be fixed; per candidate: date with its phrase, kind with its keyword,
 * actors, places and the verbatim quote; then the dated sentences that were not proposed.
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
    out.push(`## ${a.file} → article "${a.id}"`, '');
    out.push(`- title: ${a.title} (${a.titleBasis})`);
    out.push(`- outlet: ${a.outlet ?? 'unknown'}${a.outletBasis ? ` (${a.outletBasis})` : ''}`);
    out.push(`- author: ${a.author ?? 'unknown'}${a.byline ? `; byline “${a.byline}”` : ''}`);
    out.push(`- published: ${a.published ?? 'unknown'} (${a.publishedBasis})`);
    out.push(`- ${a.paragraphs} paragraph(s) kept; ${a.removed.length} junk line(s) dropped:`);
    for (const r of a.removed) out.push(`  - line ${r.line}: “${r.text}” (${r.reason})`);
    for (const w of a.warnings) out.push(`- **to fix:** ${w}`);
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
    out.push(`- quote (${c.article}, paragraph ${c.paragraph}): “${c.quote}”`, '');
  }
  if (s.skipped.length > 0) {
    out.push(`## ${s.skipped.length} dated sentence(s) not proposed`, '');
    for (const k of s.skipped) {
      out.push(
        `- ${k.article}, paragraph ${k.paragraph} (${k.phrases.map((p) => `“${p}”`).join(', ')}): ${k.reason}. “${k.sentence}”`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
