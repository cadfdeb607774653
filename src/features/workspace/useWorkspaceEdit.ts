import { useCallback } from 'react';
import { formatProblem } from '../../domain/ingest/problems';
import { EditRefused } from '../../domain/workspace/edits/refused';
import type { WorkspaceStory } from '../../domain/workspace/story';
import { useActions } from '../../state/store';

/** An edit's outcome: kept, or the reasons it was not (each a sentence naming record and field). */
export type EditOutcome = { ok: true } | { ok: false; reasons: string[] };

/**
 * Applies a pure edit to the open story through the store (`workspaceEdited`: compiled, then
 * shown everywhere, or refused with the compiler's problems). An edit that refuses its own
 * arguments (`EditRefused`) is reported the same way, so a form can say why next to itself.
 */
export function useWorkspaceEdit(): (
  edit: (story: WorkspaceStory) => WorkspaceStory,
) => EditOutcome {
  const { workspaceEdited } = useActions();
  return useCallback(
    (edit) => {
      try {
        const result = workspaceEdited(edit);
        return result.ok
          ? { ok: true }
          : { ok: false, reasons: result.problems.map(formatProblem) };
      } catch (error) {
        if (error instanceof EditRefused) return { ok: false, reasons: [error.message] };
        throw error;
      }
    },
    [workspaceEdited],
  );
}
