import type { ImportResult } from '../../domain/workspace/exchangeZip';
import type { WorkspaceStory } from '../../domain/workspace/story';

/**
 * The exchange (zip and dataset export and import: fflate, zod and the ingest pipeline) as a
 * chunk of its own, loaded on the first export or import: the masthead that offers them is on
 * the first screen, which must not carry them.
 */
const exchange = () => import('./exchange');

export async function downloadStoryZip(story: WorkspaceStory): Promise<void> {
  (await exchange()).downloadStoryZip(story);
}

export async function downloadStoryDataset(story: WorkspaceStory): Promise<boolean> {
  return (await exchange()).downloadStoryDataset(story);
}

export async function importStoryFile(
  file: File,
  id: string,
  updated: string,
): Promise<ImportResult> {
  return (await exchange()).importStoryFile(file, id, updated);
}
