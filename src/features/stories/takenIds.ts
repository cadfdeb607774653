import type { WorkspaceStory } from '../../domain/workspace/story';
import type { StoriesAccess } from '../../state/stories';

/** The ids a new or imported story must not take: the device's stories and the open one. */
export async function takenStoryIds(
  access: StoriesAccess,
  workspace: WorkspaceStory | null,
): Promise<string[]> {
  const device = await access.device();
  const listed = device.ok ? await device.value.list() : null;
  return [
    ...(listed?.ok ? listed.value.map((s) => s.id) : []),
    ...(workspace ? [workspace.id] : []),
  ];
}
