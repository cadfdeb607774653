import { EDITOR_NOTE, type Article } from '../types';
import { formatDay, formatDayRange } from './dates';

/**
 * The date basis in words for readers. The ingest writes each event's basis as a trace
 * (src/domain/ingest/eventDates.ts), e.g.
 *
 *     “on Thursday” in el-pais-russia-rejects-ceasefire (published 2022-03-10) → 2022-03-10
 *
 * and this reads it back as a sentence with the outlet's name and readable days:
 *
 *     Dated from ‘on Thursday’ in El País, published 10 Mar 2022.
 *
 * A trace in any other shape is returned as it is, so nothing is ever hidden. The editor's
 * note on the date, when there is one, follows in the editor's own words, marked as theirs.
 */
export function readDateBasis(
  basis: string,
  articles: ReadonlyMap<string, Pick<Article, 'outlet' | 'title'>>,
): string {
  const at = basis.indexOf(EDITOR_NOTE);
  if (at < 0) return readTrace(basis, articles);
  const note = basis.slice(at + EDITOR_NOTE.length).trim();
  const read = readTrace(basis.slice(0, at), articles);
  return `${read}${/[.!?]$/.test(read) ? '' : '.'} Editor’s note: ${note}${/[.!?]$/.test(note) ? '' : '.'}`;
}

/** The computed basis (no editor's note) as a sentence. */
function readTrace(
  basis: string,
  articles: ReadonlyMap<string, Pick<Article, 'outlet' | 'title'>>,
): string {
  const source = (id: string) => {
    const a = articles.get(id);
    return a ? (a.outlet ?? `“${a.title}”`) : id;
  };
  const clues = (text: string) => {
    const parts = text.split('; ').map((t) => clue(t, source));
    return parts.every((p) => p !== null) ? joinAnd(parts) : null;
  };

  const direct = clues(basis);
  if (direct) return `Dated from ${direct}.`;

  let m =
    /^no date phrase in the quote; (the same sentence|the same paragraph, earlier|the previous paragraph) has (.*)$/.exec(
      basis,
    );
  if (m) {
    const found = clue(m[2]!, source);
    if (found) return `Dated from ${found}; the quote itself names no day, ${WHERE[m[1]!]}.`;
  }
  m =
    /^no date phrase in the evidence; the publication date of (\S+) \((\d{4}-\d{2}-\d{2})\)(, approximate)?$/.exec(
      basis,
    );
  if (m) {
    const about = m[3] ? 'about ' : '';
    return `Dated ${about}the day ${source(m[1]!)} published it, ${formatDay(m[2]!)}: no source names the day.`;
  }
  if (/^curated (approximate )?date; no date phrase in the evidence resolves to it$/.test(basis)) {
    return 'Dated by the editors: no source’s words name the day.';
  }
  m = /^curated date (\d{4}-\d{2}-\d{2}); the evidence says otherwise: (.*)$/.exec(basis);
  if (m) {
    const said = clues(m[2]!);
    if (said) return `Dated by the editors; the sources suggest otherwise: ${said}.`;
  }
  return basis;
}

const WHERE: Record<string, string> = {
  'the same sentence': 'the phrase is elsewhere in its sentence',
  'the same paragraph, earlier': 'the phrase is earlier in its paragraph',
  'the previous paragraph': 'the phrase is in the paragraph before it',
};

/** `“phrase” in <article> (published <day>) → <day or day..day>` in words, or null. */
function clue(text: string, source: (id: string) => string): string | null {
  const m =
    /^“(.+)” in (\S+) \(published (\d{4}-\d{2}-\d{2})\) → (\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(
      text,
    );
  if (!m) return null;
  const [, phrase, article, published, from, to] = m;
  const span = to && to !== from ? ` (somewhere in ${formatDayRange(from!, to)})` : '';
  return `‘${phrase}’ in ${source(article!)}, published ${formatDay(published!)}${span}`;
}

function joinAnd(parts: readonly (string | null)[]): string {
  const words = parts as string[];
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join('; ')}; and ${words.at(-1)}`;
}
