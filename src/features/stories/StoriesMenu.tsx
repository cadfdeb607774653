import { Suspense, useState, type ComponentType } from 'react';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { useStories } from '../../state/stories';
import { useAppStore } from '../../state/store';
import type { StoriesDialogProps } from './StoriesDialog';
import { takenStoryIds } from './takenIds';
// oxlint-disable-next-line import/no-unassigned-import -- the masthead's stories buttons
import './menu.css';

/**
 * The masthead's "New story" and "Stories": a new empty story in the workspace, and the dialog
 * of the stories on this device (StoriesDialog.tsx); the app passes the dialog loaded on demand,
 * so the first screen carries only the buttons. Shown only where the app was booted with a
 * device's stories (not in component tests).
 */
export function StoriesMenu({ Dialog }: { Dialog: ComponentType<StoriesDialogProps> }) {
  const access = useStories();
  const workspace = useAppStore((s) => s.workspace);
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays rendered (closed): closing it returns focus to its opener.
  const [used, setUsed] = useState(false);
  if (!access) return null;

  const start = async (story: WorkspaceStory) => {
    // Kept on the device first; where it cannot be, it stays open in this tab (the sync says so).
    const device = await access.device();
    if (device.ok) await device.value.save(story);
    setOpen(false);
    access.open(story);
  };
  const create = async () => {
    // The new story's maker (an id from a slug) is a chunk of its own, loaded on first use.
    const { newStory, storyIdFor } = await import('../../domain/workspace/newStory');
    const ids = await takenStoryIds(access, workspace);
    await start(newStory(storyIdFor('new story', ids), new Date().toISOString()));
  };

  return (
    <div className="stories">
      <button type="button" className="button" onClick={() => void create()}>
        New story
      </button>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        Stories
      </button>
      {used && (
        <Suspense fallback={null}>
          <Dialog
            open={open}
            onClose={() => setOpen(false)}
            onCreate={() => void create()}
            onStart={start}
          />
        </Suspense>
      )}
    </div>
  );
}
