import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { selectViewName } from '../state/viewName';

/** Keeps `document.title` naming the current view (`selectViewName`). */
export function DocumentTitle() {
  const name = useAppStore(selectViewName);
  const title = name !== null ? `${name} · Sourceline` : 'Sourceline';
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
