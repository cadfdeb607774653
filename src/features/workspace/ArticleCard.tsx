import { useId, useState } from 'react';
import type { ArticleView } from '../../domain/workspace/articleView';
import type { WorkspaceDraft } from '../../domain/workspace/story';
import { useAppStore } from '../../state/store';
import { ArticleMetaForm } from './ArticleMetaForm';
import { DraftCard } from './DraftCard';
import { EntityForm } from './EntityForm';
import { NamedInEvents, type Created } from './NamedInEvents';
import { QuotePicker } from './QuotePicker';

interface Props {
  view: ArticleView;
  drafts: readonly WorkspaceDraft[];
  redate: (articleId: string, date: string) => void;
}

/**
 * One article of the story: its details (editable), its cleaned text and what the cleaner
 * removed, the selection tools (quotes, new actors and places), and its drafts under review.
 */
export function ArticleCard({ view, drafts, redate }: Props) {
  const id = useId();
  const published = useAppStore((s) => s.dataset.articles.find((a) => a.id === view.id)?.published);
  const [naming, setNaming] = useState<{ entity: 'actor' | 'place'; name: string } | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [message, setMessage] = useState('');
  const pending = drafts.filter((d) => d.status === 'pending');
  const title = view.overrides.title ?? view.read.title;
  return (
    <section className="ws-article" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <p className="ws-hint">
        From {view.origin} ({view.format}) · saved as {view.file} · {pending.length} draft
        {pending.length === 1 ? '' : 's'} to review
      </p>
      <ArticleMetaForm
        key={`${published ?? ''}|${JSON.stringify(view.overrides)}`}
        view={view}
        redate={redate}
      />
      <details className="ws-text">
        <summary>Cleaned text ({view.paragraphs.length} paragraphs)</summary>
        {view.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </details>
      <details className="ws-removed">
        <summary>Removed by the cleaner ({view.removed.length} lines)</summary>
        <ul>
          {view.removed.map((r) => (
            <li key={r.line}>
              Line {r.line}: <q>{r.text}</q> ({r.reason})
            </li>
          ))}
        </ul>
      </details>
      <QuotePicker
        articleId={view.id}
        paragraphs={view.paragraphs}
        onName={(entity, name) => {
          setCreated(null);
          setNaming({ entity, name });
        }}
      />
      {naming && (
        <EntityForm
          key={`${naming.entity}:${naming.name}`}
          entity={naming.entity}
          name={naming.name}
          onDone={(made) => {
            setNaming(null);
            setCreated(made);
            setMessage(made ? `${made.name} created.` : '');
          }}
        />
      )}
      {created && (
        <NamedInEvents
          key={created.id}
          created={created}
          onDone={(done) => {
            setCreated(null);
            if (done !== '') setMessage(done);
          }}
        />
      )}
      <output className="ws-hint">{message}</output>
      <h4 className="ws-drafts-h">Drafts: dated sentences</h4>
      {drafts.length === 0 && (
        <p className="ws-hint">
          No dated sentence yet{published ? '' : ': give the publication date to resolve them'}.
        </p>
      )}
      {drafts.map((d) => (
        <DraftCard
          key={d.candidate.id}
          draft={d}
          paragraph={view.paragraphs[d.candidate.paragraph] ?? ''}
        />
      ))}
    </section>
  );
}
