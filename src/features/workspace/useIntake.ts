import { useCallback, useEffect, useRef, useState } from 'react';
import { formatProblem } from '../../domain/ingest/problems';
import { articleAdded, articleDraftsReplaced } from '../../domain/workspace/edits/articles';
import type { PipelineContext } from '../../domain/workspace/pipelineProtocol';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { useStoreApi } from '../../state/store';
import type { IncomingArticle } from './intakeFiles';
import { createPipelineClient, type PipelineClient } from './pipelineClient';
import { useWorkspaceEdit } from './useWorkspaceEdit';

/** One article on its way in, as the progress list shows it. */
export interface IntakeItem {
  key: number;
  origin: string;
  status: 'waiting' | 'reading' | 'added' | 'failed';
  /** For `added`: how many drafts; for `failed`: why. */
  detail: string;
}

const contextOf = (s: WorkspaceStory): PipelineContext => ({
  actors: s.actors,
  places: s.places,
  articlesMeta: s.articlesMeta,
  events: s.events,
  story: s.story,
});

/**
 * The workspace's intake: each article is read by the pipeline worker (one client while the
 * workspace is open), then added to the open story with its drafts. `items` is the progress per
 * article; `reread` runs the pipeline again on an article already in the story (after its date
 * or the story's day one changed) and replaces its pending drafts.
 */
export function useIntake() {
  const store = useStoreApi();
  const apply = useWorkspaceEdit();
  const client = useRef<PipelineClient | null>(null);
  const [items, setItems] = useState<IntakeItem[]>([]);
  const nextKey = useRef(0);
  useEffect(
    () => () => {
      client.current?.close();
      client.current = null;
    },
    [],
  );
  const pipeline = () => (client.current ??= createPipelineClient());
  const update = (key: number, change: Partial<IntakeItem>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const add = useCallback(
    (incoming: IncomingArticle) => {
      const story = store.getState().workspace;
      if (!story) return;
      const key = ++nextKey.current;
      setItems((all) => [...all, { key, origin: incoming.origin, status: 'waiting', detail: '' }]);
      void pipeline()
        .read({ origin: incoming.origin, bytes: incoming.bytes }, contextOf(story), () =>
          update(key, { status: 'reading' }),
        )
        .then((result) => {
          if (!result.ok) {
            update(key, {
              status: 'failed',
              detail: result.problems.map(formatProblem).join('; '),
            });
            return;
          }
          const { report, candidates } = result.reading;
          const outcome = apply((s) =>
            articleAdded(s, {
              title: report.title,
              text: new TextDecoder().decode(incoming.bytes),
              origin: incoming.origin,
              format: incoming.format,
              removed: report.removed,
              candidates,
            }),
          );
          update(
            key,
            outcome.ok
              ? {
                  status: 'added',
                  detail: `${candidates.length} draft${candidates.length === 1 ? '' : 's'}`,
                }
              : { status: 'failed', detail: outcome.reasons.join('; ') },
          );
        });
    },
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- pipeline and update use refs and setters only
    [store, apply],
  );

  const failed = useCallback(
    (origin: string, message: string) =>
      setItems((all) => [
        ...all,
        { key: ++nextKey.current, origin, status: 'failed', detail: message },
      ]),
    [],
  );

  const reread = useCallback(
    async (articleId: string, published?: string) => {
      const story = store.getState().workspace;
      const meta = story?.articlesMeta.find((a) => a.id === articleId);
      const article = meta && story?.articles.find((a) => a.file === meta.file);
      if (!story || !article) return;
      const date = published ?? meta.overrides?.published;
      const result = await pipeline().read(
        {
          origin: article.origin,
          bytes: new TextEncoder().encode(article.text),
          ...(date ? { published: date } : {}),
        },
        contextOf(story),
      );
      if (result.ok) {
        apply((s) => articleDraftsReplaced(s, articleId, result.reading.candidates));
      }
    },
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- pipeline uses a ref only
    [store, apply],
  );

  return { items, add, failed, reread };
}
