import type { Actor, Article, Evidence, Mention, Place } from '../../../src/domain/types';
import type { Rng } from './prng';
import { FILLERS, HEADINGS, fill, type Span } from './text';

/** An article's fixed facts, drawn when it is first needed. */
export interface ArticleMeta {
  id: string;
  published: string;
  outlet: string | null;
  author: string | null;
}

/**
 * An article being written while the story is generated: quotes arrive in event order and are
 * placed at once (1–3 to a paragraph, a filler before some, a sub-heading every nine
 * paragraphs), so each citation's paragraph and offsets are known when its event is made and
 * the event can be written out straight away. `finish` closes it and returns it with the
 * mentions written into it, in text order.
 */
export class ArticleDraft {
  private readonly paragraphs: string[] = [];
  private readonly headings: number[] = [];
  private readonly mentions: Mention[] = [];
  private open: string | null = null;
  private room = 0;
  private title: string | null = null;

  constructor(
    private readonly meta: ArticleMeta,
    private readonly rng: Rng,
    private readonly actors: readonly Actor[],
    private readonly cities: readonly Place[],
  ) {}

  get id(): string {
    return this.meta.id;
  }

  get published(): string {
    return this.meta.published;
  }

  /** Writes a cited sentence; the quote is its first `quoteEnd` characters. */
  cite(sentence: string, spans: Span[], quoteEnd: number, title: () => string): Evidence {
    this.title ??= `Live: ${title()}`;
    if (this.open === null || this.room === 0) {
      this.close();
      if (this.paragraphs.length > 0 && this.paragraphs.length % 9 === 0) {
        this.headings.push(this.paragraphs.length);
        this.paragraphs.push(this.rng.pick(HEADINGS));
      }
      this.open = '';
      this.room = this.rng.int(1, 3);
    }
    if (this.rng.chance(0.35)) this.filler();
    const start = this.add(sentence, spans);
    this.room--;
    const quote = sentence.slice(0, quoteEnd);
    return {
      article: this.meta.id,
      quote,
      paragraph: this.paragraphs.length,
      start,
      end: start + quote.length,
    };
  }

  finish(): { article: Article; mentions: Mention[] } {
    this.close();
    if (this.paragraphs.length === 0) {
      this.open = '';
      this.filler();
      this.close(false);
    }
    const { id, published, outlet, author } = this.meta;
    return {
      article: {
        id,
        file: `synthetic/${id}.txt`,
        title: this.title ?? 'Live updates',
        titleBasis: 'headline',
        outlet,
        outletBasis: outlet ? 'masthead (synthetic)' : null,
        author,
        byline: author ? `By ${author}` : null,
        published,
        publishedBasis: 'dateline (synthetic)',
        paragraphs: this.paragraphs,
        headings: this.headings,
      },
      mentions: this.mentions,
    };
  }

  /** Ends the open paragraph, sometimes with a filler after its quotes. */
  private close(trailing = true) {
    if (this.open === null) return;
    if (trailing && this.rng.chance(0.3)) this.filler();
    this.paragraphs.push(this.open);
    this.open = null;
  }

  private filler() {
    const a = this.rng.pick(this.actors);
    const p = this.rng.pick(this.cities);
    const filled = fill(this.rng.pick(FILLERS), {
      a: { text: a.name, entity: 'actor', id: a.id },
      p: { text: p.name, entity: 'place', id: p.id },
    });
    this.add(filled.text, filled.spans);
  }

  /** Appends a sentence to the open paragraph; returns where it starts. */
  private add(sentence: string, spans: Span[]): number {
    const text = this.open ?? '';
    const offset = text === '' ? 0 : text.length + 1;
    this.open = text === '' ? sentence : `${text} ${sentence}`;
    const paragraph = this.paragraphs.length;
    for (const s of spans) {
      this.mentions.push({
        article: this.meta.id,
        paragraph,
        start: offset + s.start,
        end: offset + s.end,
        entity: s.entity,
        id: s.id,
      });
    }
    return offset;
  }
}
