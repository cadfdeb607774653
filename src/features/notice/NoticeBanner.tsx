import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './notice.css';

/** The store's notice (e.g. a repaired deep link) as a dismissible status banner. */
export function NoticeBanner() {
  const notice = useAppStore((s) => s.notice);
  const { noticeDismissed } = useActions();
  return (
    <output className="notice-region">
      {notice && (
        <span className="notice">
          <span>{notice}</span>
          <button
            type="button"
            className="button is-quiet"
            onClick={noticeDismissed}
            aria-label="Dismiss notice"
          >
            Dismiss
          </button>
        </span>
      )}
    </output>
  );
}
