import { serializeDataset } from '../../domain/dataset/serialize';
import { compileWorkspaceStory } from '../../domain/workspace/compile';
import { importDatasetJson } from '../../domain/workspace/exchangeDataset';
import {
  exportStoryZip,
  importStoryZip,
  type ImportResult,
} from '../../domain/workspace/exchangeZip';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { downloadFile } from '../../shared/download';

/** Downloads the story as a zip of the data/ format (`<id>.zip`). */
export function downloadStoryZip(story: WorkspaceStory): void {
  downloadFile(`${story.id}.zip`, exportStoryZip(story), 'application/zip');
}

/**
 * Downloads the story's compiled dataset (`<id>.dataset.json`, what `DATASET=… npm run build`
 * publishes); returns false when the story does not compile.
 */
export function downloadStoryDataset(story: WorkspaceStory): boolean {
  const compiled = compileWorkspaceStory(story);
  if (!compiled.ok) return false;
  downloadFile(`${story.id}.dataset.json`, serializeDataset(compiled.dataset), 'application/json');
  return true;
}

/** Reads a picked file: a dataset (`.json`, or text starting `{`) or a zip of the data/ format. */
export async function importStoryFile(
  file: File,
  id: string,
  updated: string,
): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const json = /\.json$/i.test(file.name) || bytes[0] === 0x7b;
  return json ? importDatasetJson(bytes, id, updated) : importStoryZip(bytes, id, updated);
}
