import { storageMessage } from '../../domain/workspace/storageFailure';
import { useAppStore } from '../../state/store';
import { downloadStoryZip } from './lazyExchange';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './storageNotice.css';

/**
 * Why the open story is not being kept on this device (storage unavailable, full, blocked),
 * with an export so nothing is lost.
 */
export function StorageNotice() {
  const failure = useAppStore((s) => s.storageFailure);
  const story = useAppStore((s) => s.workspace);
  if (!failure || !story) return null;
  return (
    <div className="storage-notice" role="alert">
      <p>{storageMessage(failure)}</p>
      <button
        type="button"
        className="button is-primary"
        onClick={() => void downloadStoryZip(story)}
      >
        Export this story (zip)
      </button>
    </div>
  );
}
