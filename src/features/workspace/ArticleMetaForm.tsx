import { useId, useState, type FormEvent } from 'react';
import { articleMetaEdited, type ArticleMetaEdit } from '../../domain/workspace/edits/articles';
import type { ArticleView } from '../../domain/workspace/articleView';
import { formatDay } from '../../domain/view/dates';
import { useAppStore } from '../../state/store';
import { useWorkspaceEdit } from './useWorkspaceEdit';
import { Problems } from './Problems';

interface Props {
  view: ArticleView;
  /** Runs the pipeline on the article again with this publication date (its drafts follow). */
  redate: (articleId: string, date: string) => void;
}

/**
 * The article's title, outlet, author and publication date: what the text states, each with
 * its basis, editable; an edit is kept as the editor's override (the date with its reason).
 */
export function ArticleMetaForm({ view, redate }: Props) {
  const apply = useWorkspaceEdit();
  const id = useId();
  const compiled = useAppStore((s) => s.dataset.articles.find((a) => a.id === view.id) ?? null);
  const setAside = useAppStore((s) => s.workspaceCheck.setAside.find((p) => p.id === view.id));
  const o = view.overrides;
  const initial = {
    title: o.title ?? view.read.title,
    outlet: o.outlet === undefined ? (view.read.outlet ?? '') : (o.outlet ?? ''),
    author: o.author === undefined ? (view.read.author ?? '') : (o.author ?? ''),
    published: o.published ?? compiled?.published ?? '',
    basis: o.publishedBasis ?? '',
  };
  const [form, setForm] = useState(initial);
  const [reasons, setReasons] = useState<string[]>([]);
  const field = (name: keyof typeof form) => ({
    id: `${id}-${name}`,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const edits: ArticleMetaEdit[] = [];
    if (form.title !== initial.title) edits.push({ field: 'title', value: form.title });
    if (form.outlet !== initial.outlet) edits.push({ field: 'outlet', value: form.outlet });
    if (form.author !== initial.author) edits.push({ field: 'author', value: form.author });
    const redated = form.published !== initial.published || form.basis !== initial.basis;
    if (redated) edits.push({ field: 'published', value: form.published, basis: form.basis });
    if (edits.length === 0) return;
    const outcome = apply((s) => edits.reduce((acc, ed) => articleMetaEdited(acc, view.id, ed), s));
    setReasons(outcome.ok ? [] : outcome.reasons);
    if (outcome.ok && form.published !== initial.published && form.published !== '') {
      redate(view.id, form.published);
    }
  };
  return (
    <form className="ws-meta" onSubmit={submit} aria-label={`Details of ${initial.title}`}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input {...field('title')} />
      <p className="ws-basis">From the text: {view.read.titleBasis}</p>
      <label htmlFor={`${id}-outlet`}>Outlet</label>
      <input {...field('outlet')} />
      <p className="ws-basis">{view.read.outletBasis ?? 'The text does not state an outlet.'}</p>
      <label htmlFor={`${id}-author`}>Author</label>
      <input {...field('author')} />
      <p className="ws-basis">
        {view.read.byline ? `Byline “${view.read.byline}”` : 'The text does not name an author.'}
      </p>
      <label htmlFor={`${id}-published`}>Publication date</label>
      <input type="date" {...field('published')} />
      <p className="ws-basis" data-warning={setAside ? true : undefined}>
        {compiled
          ? `${formatDay(compiled.published)}: ${compiled.publishedBasis}`
          : `Unknown: ${setAside?.message ?? 'the text does not date it'}. Give the date to read its dated sentences.`}
      </p>
      <label htmlFor={`${id}-basis`}>Why this date (when you give it)</label>
      <input {...field('basis')} placeholder="e.g. the page’s dateline" />
      <button type="submit" className="button">
        Save details
      </button>
      <Problems reasons={reasons} />
    </form>
  );
}
