import { memo } from 'react';
import type { Article } from '../../domain/types';
import { segmentText, type MarkRange } from '../../domain/view/highlight';

export interface ArticleTextProps {
  article: Article;
  /** Highlight ranges per paragraph index. */
  marks: Map<number, MarkRange[]>;
}

const MARK_LABEL: Record<string, string> = {
  focus: 'quote you opened',
  quote: 'evidence for the selected event',
  mention: 'mention of a filtered actor or place',
};

/**
 * The cleaned article text as plain text paragraphs (React escapes it; URLs stay text, never
 * links), section headings as sub-headings, and highlighted runs as <mark>. The focused quote's
 * first run carries `data-focus` so the panel can scroll to it.
 */
export const ArticleText = memo(function ArticleText({ article, marks }: ArticleTextProps) {
  const headings = new Set(article.headings);
  return (
    <div className="article-text">
      {article.paragraphs.map((text, p) => {
        // The title is often the first paragraph; the panel already shows it as its heading.
        if (p === 0 && headings.has(0) && text.trim() === article.title.trim()) return null;
        const segments = segmentText(text, marks.get(p) ?? []);
        let focusMarked = false;
        const content = segments.map((s) => {
          if (s.kinds.length === 0) return s.text;
          const isFocus = s.kinds.includes('focus');
          const first = isFocus && !focusMarked;
          if (isFocus) focusMarked = true;
          const strongest = isFocus ? 'focus' : s.kinds.includes('quote') ? 'quote' : 'mention';
          return (
            <mark
              key={s.start}
              className={s.kinds.map((k) => `mark-${k}`).join(' ')}
              title={MARK_LABEL[strongest]}
              data-focus={first ? 'true' : undefined}
              tabIndex={first ? -1 : undefined}
            >
              {s.text}
            </mark>
          );
        });
        return headings.has(p) ? (
          <h4 key={p} className="article-subheading">
            {content}
          </h4>
        ) : (
          <p key={p}>{content}</p>
        );
      })}
    </div>
  );
});
