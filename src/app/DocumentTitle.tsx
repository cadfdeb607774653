import { useEffect } from 'react';
import { selectIndex, selectSelectedEvent } from '../state/selectors';
import { useAppStore } from '../state/store';

/** What the browser tab, history and bookmarks call the view. */
export function viewTitle(parts: {
  event: string | null;
  actor: string | null;
  story: string | null;
}) {
  const name = parts.event ?? parts.actor ?? parts.story;
  return name !== null ? `${name} · Sourceline` : 'Sourceline';
}

/**
 * Keeps `document.title` naming the current view: the open event's title, else the open
 * actor's name, else the story's title.
 */
export function DocumentTitle() {
  const event = useAppStore((s) => selectSelectedEvent(s)?.title ?? null);
  const actor = useAppStore((s) =>
    s.view.actor !== null ? (selectIndex(s).actors.get(s.view.actor)?.name ?? null) : null,
  );
  const story = useAppStore((s) => s.dataset.story.title);
  const title = viewTitle({ event, actor, story });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
