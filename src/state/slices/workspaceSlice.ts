import type { Problem } from '../../domain/ingest/problems';
import type { WorkspaceCompileResult } from '../../domain/workspace/compile';
import type { StorageFailure } from '../../domain/workspace/storageFailure';
import type { WorkspaceStory } from '../../domain/workspace/story';
import type { SliceCreator } from './slice';
import type { DatasetSlice } from './datasetSlice';
import type { WorkspaceCheck } from './state';

/** What became of an edit: kept (and compiled), or refused with every problem found. */
export type WorkspaceEditResult = { ok: true } | { ok: false; problems: Problem[] };

/** A pure change to a story (src/domain/workspace/edits): returns a new story, never mutates. */
export type WorkspaceEdit = (story: WorkspaceStory) => WorkspaceStory;

/**
 * Compiles a story (`compileWorkspaceStory`). Given with the story when it is opened rather than
 * imported here: the pipeline and zod load only when a workspace story is opened, never with
 * the first screen.
 */
export type WorkspaceCompiler = (story: WorkspaceStory) => WorkspaceCompileResult;

export interface WorkspaceSlice {
  /**
   * A workspace story was opened in this store: it is kept, and the dataset becomes its
   * compiled form (`compiled`, when the caller has it already). `compile` compiles it and each
   * edit from now on.
   * A story that does not compile is still kept (nothing is lost), its problems shown in
   * `workspaceCheck.refused`, and the dataset left as it was.
   */
  workspaceOpened: (
    story: WorkspaceStory,
    compile: WorkspaceCompiler,
    compiled?: WorkspaceCompileResult,
  ) => void;
  /**
   * The editor changed the story: `edit` is applied to the open story and the result compiled.
   * Compiled, the new story is kept (its `updated` stamped) and the dataset replaced
   * (`datasetReplaced`); refused, the story stays as it was and the problems are in
   * `workspaceCheck.refused` (and returned). Without an open story nothing happens.
   */
  workspaceEdited: (edit: WorkspaceEdit) => WorkspaceEditResult;
  /** Saving the story on the device failed (or works again: null); the story stays open. */
  storageFailed: (failure: StorageFailure | null) => void;
}

const NONE: Problem[] = [];

function checkOf(result: WorkspaceCompileResult): WorkspaceCheck {
  return result.ok
    ? { refused: NONE, warnings: result.warnings, setAside: result.setAside }
    : { refused: result.problems, warnings: [], setAside: NONE };
}

/** The workspace slice; it needs `datasetReplaced` from the dataset slice. */
export function createWorkspaceSlice(
  datasetReplaced: () => DatasetSlice['datasetReplaced'],
): SliceCreator<WorkspaceSlice> {
  return (set, get) => {
    // The open story's compiler; private to this store.
    let compileStory: WorkspaceCompiler | null = null;
    return {
      workspaceOpened: (story, compile, compiled = compile(story)) => {
        compileStory = compile;
        set({ workspace: story, workspaceCheck: checkOf(compiled) });
        if (compiled.ok) datasetReplaced()(compiled.dataset);
      },
      workspaceEdited: (edit) => {
        const current = get().workspace;
        if (!current || !compileStory) return { ok: false, problems: NONE };
        const next = { ...edit(current), updated: new Date().toISOString() };
        const compiled = compileStory(next);
        if (!compiled.ok) {
          set({ workspaceCheck: { ...get().workspaceCheck, refused: compiled.problems } });
          return { ok: false, problems: compiled.problems };
        }
        set({ workspace: next, workspaceCheck: checkOf(compiled) });
        datasetReplaced()(compiled.dataset);
        return { ok: true };
      },
      storageFailed: (failure) => {
        const current = get().storageFailure;
        if (current?.kind === failure?.kind && current?.detail === failure?.detail) return;
        set({ storageFailure: failure });
      },
    };
  };
}
