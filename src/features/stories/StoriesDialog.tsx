import { useId, useState } from 'react';
import { formatProblem } from '../../domain/ingest/problems';
import { withStory } from '../../domain/view/urlStory';
import { storyIdFor } from '../../domain/workspace/newStory';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { EscapeLevel } from '../../shared/escapeLayers';
import { Layer } from '../../shared/Layer';
import { useStories } from '../../state/stories';
import { useAppStore } from '../../state/store';
import { downloadStoryDataset, downloadStoryZip, importStoryFile } from './lazyExchange';
import { StoryRow } from './StoryRow';
import { takenStoryIds } from './takenIds';
import { useStoryList } from './useStoryList';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './stories.css';

/** At most this many of an import's problems are listed (the rest are counted). */
const SHOWN_PROBLEMS = 20;

export interface StoriesDialogProps {
  open: boolean;
  onClose: () => void;
  /** Makes a new empty story and opens it ("New story"). */
  onCreate: () => void;
  /** Keeps `story` on the device (where it can be) and opens it. */
  onStart: (story: WorkspaceStory) => Promise<void>;
}

/**
 * The stories on this device beside the bundled one (open, export as a zip or a dataset,
 * delete, import), in a modal dialog. Rendered only where the app was booted with a device's
 * stories.
 */
export function StoriesDialog({ open, onClose, onCreate, onStart }: StoriesDialogProps) {
  const access = useStories();
  const workspace = useAppStore((s) => s.workspace);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const list = useStoryList(access, open);
  const inputId = useId();
  if (!access) return null;
  const storage = async () => {
    const device = await access.device();
    return device.ok ? device.value : null;
  };

  const full = async (id: string) => {
    if (workspace?.id === id) return workspace;
    const loaded = await (await storage())?.load(id);
    return loaded?.ok ? loaded.value : null;
  };
  const exportAs = async (id: string, kind: 'zip' | 'dataset') => {
    const story = await full(id);
    if (!story) return setStatus('That story could not be read from this device.');
    if (kind === 'zip') await downloadStoryZip(story);
    else if (!(await downloadStoryDataset(story)))
      return setStatus('The story does not compile yet; export it as a zip instead.');
    setStatus(`Exported ${story.id}.${kind === 'zip' ? 'zip' : 'dataset.json'}`);
  };
  const remove = async (id: string) => {
    const deleted = await (await storage())?.delete(id);
    if (deleted && !deleted.ok) return setStatus('The story could not be deleted.');
    access.forget(id);
    list.reload();
    setStatus('Story deleted from this device.');
    // The open story was deleted: show the bundled one.
    if (workspace?.id === id) window.location.hash = '#/';
  };
  const importFile = async (file: File) => {
    setProblems([]);
    const result = await importStoryFile(
      file,
      storyIdFor(file.name, await takenStoryIds(access, workspace)),
      new Date().toISOString(),
    );
    if (!result.ok) {
      const lines = result.problems.map(formatProblem);
      const more = lines.length - SHOWN_PROBLEMS;
      setProblems([...lines.slice(0, SHOWN_PROBLEMS), ...(more > 0 ? [`… and ${more} more`] : [])]);
      return;
    }
    await onStart(result.story);
  };

  return (
    <Layer
      open={open}
      modal
      level={EscapeLevel.drawer}
      onClose={onClose}
      label="Stories"
      className="stories-dialog"
    >
      <div className="stories-head">
        <h2>Stories</h2>
        <button type="button" className="button is-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {list.problem && <p className="stories-problem">{list.problem}</p>}
      <ul className="story-list" aria-label="Stories">
        <li className="story-row">
          <div className="story-row-name">
            <a href="#/" aria-current={workspace ? undefined : 'true'}>
              The bundled story
            </a>
            <span className="story-row-meta">
              the articles this site was published with{workspace ? '' : ' · open now'}
            </span>
          </div>
        </li>
        {list.stories.map((story) => (
          <StoryRow
            key={story.id}
            story={story}
            current={workspace?.id === story.id}
            href={withStory('#/', story.id)}
            onExportZip={() => void exportAs(story.id, 'zip')}
            onExportDataset={() => void exportAs(story.id, 'dataset')}
            onDelete={() => void remove(story.id)}
          />
        ))}
      </ul>
      <div className="stories-actions">
        <button type="button" className="button is-primary" onClick={onCreate}>
          New story
        </button>
        <label className="button" htmlFor={inputId}>
          Import a story (zip or dataset)
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".zip,.json,application/zip,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {problems.length > 0 && (
        <div className="stories-problem" role="alert">
          <p>The file was not imported; nothing was changed:</p>
          <ul>
            {problems.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <output className="stories-status">{status}</output>
    </Layer>
  );
}
