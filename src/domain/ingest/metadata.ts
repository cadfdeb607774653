import type { ArticleMetadata } from '../types.ts';
import type { CleanedArticle } from './clean.ts';
import { splitSentences } from './sentences.ts';

/** The first sentence of a paragraph. */
export function firstSentence(paragraph: string): string {
  return splitSentences(paragraph)[0]?.text ?? paragraph;
}

/** "EL PAÍS" → "El País": a masthead printed in capitals, written as a name. */
function nameCase(masthead: string): string {
  if (masthead !== masthead.toUpperCase()) return masthead;
  return masthead
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * Reads the metadata the cleaned text states. The outlet comes from an "Author, Outlet" credit
 * line, or from a removed recommendation footer that names the publisher ("Recomendaciones
 * EL PAÍS" is El País's own "recommended by EL PAÍS" block). Outlets the article merely cites
 * ("AP reported", "according to a Fox News report") are not its publisher and are ignored.
 */
export function extractMetadata(cleaned: CleanedArticle): ArticleMetadata {
  let title: string;
  let titleBasis: string;
  if (cleaned.headline !== null) {
    title = cleaned.headline;
    titleBasis = 'headline';
  } else {
    title = firstSentence(cleaned.paragraphs[0] ?? '');
    titleBasis = 'no headline in the text; first sentence of the article';
  }

  let outlet: string | null = null;
  let outletBasis: string | null = null;
  if (cleaned.credit) {
    outlet = cleaned.credit.outlet;
    outletBasis = `credit line “${cleaned.credit.line}”`;
  } else {
    const footer = cleaned.removed.find((r) => /^Recomendaciones\s+\S/.test(r.text));
    if (footer) {
      const masthead = footer.text.replace(/^Recomendaciones\s+/, '');
      outlet = nameCase(masthead);
      outletBasis = `the removed footer “${footer.text}” (line ${footer.line}) is the publisher’s own recommendation block`;
    }
  }

  return {
    title,
    titleBasis,
    outlet,
    outletBasis,
    author: cleaned.credit?.author ?? null,
    byline: cleaned.byline,
  };
}
