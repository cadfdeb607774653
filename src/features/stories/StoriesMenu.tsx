import { useId, useState } from 'react';
import { formatProblem } from '../../domain/ingest/problems';
import { withStory } from '../../domain/view/urlStory';
import { newStory, storyIdFor } from '../../domain/workspace/newStory';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { EscapeLevel } from '../../shared/escapeLayers';
import { Layer } from '../../shared/Layer';
import { useStories } from '../../state/stories';
import { useAppStore } from '../../state/store';
import { downloadStoryDataset, downloadStoryZip, importStoryFile } from './lazyExchange';
import { StoryRow } from './StoryRow';
import { useStoryList } from './useStoryList';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './stories.css';

/** At most this many of an import's problems are listed (the rest are counted). */
const SHOWN_PROBLEMS = 20;

/**
 * The masthead's "New story" and "Stories": a new empty story in the workspace, and the stories
 * on this device beside the bundled one (open, export as a zip or a dataset, delete, import).
 * Shown only where the app was booted with a device's stories (not in component tests).
 */
export function StoriesMenu() {
  const access = useStories();
  const workspace = useAppStore((s) => s.workspace);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const list = useStoryList(access, open);
  const inputId = useId();
  if (!access) return null;
  const storage = access.storage.ok ? access.storage.value : null;

  const takenIds = async () => {
    const listed = storage ? await storage.list() : null;
    return [
      ...(listed?.ok ? listed.value.map((s) => s.id) : []),
      ...(workspace ? [workspace.id] : []),
    ];
  };
  const start = async (story: WorkspaceStory) => {
    // Kept on the device first; where it cannot be, it stays open in this tab (the sync says so).
    if (storage) await storage.save(story);
    setOpen(false);
    access.open(story);
  };
  const create = async () =>
    start(newStory(storyIdFor('new story', await takenIds()), new Date().toISOString()));

  const full = async (id: string) => {
    if (workspace?.id === id) return workspace;
    const loaded = storage ? await storage.load(id) : null;
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
    const deleted = storage ? await storage.delete(id) : null;
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
      storyIdFor(file.name, await takenIds()),
      new Date().toISOString(),
    );
    if (!result.ok) {
      const lines = result.problems.map(formatProblem);
      const more = lines.length - SHOWN_PROBLEMS;
      setProblems([...lines.slice(0, SHOWN_PROBLEMS), ...(more > 0 ? [`… and ${more} more`] : [])]);
      return;
    }
    await start(result.story);
  };

  return (
    <div className="stories">
      <button type="button" className="button" onClick={() => void create()}>
        New story
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Stories
      </button>
      <Layer
        open={open}
        modal
        level={EscapeLevel.drawer}
        onClose={() => setOpen(false)}
        label="Stories"
        className="stories-dialog"
      >
        <div className="stories-head">
          <h2>Stories</h2>
          <button type="button" className="button is-quiet" onClick={() => setOpen(false)}>
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
          <button type="button" className="button is-primary" onClick={() => void create()}>
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
    </div>
  );
}
