import type { StoryStep } from '../types.ts';

/**
 * The story's steps name events the dataset has, each at most once (a step is the record
 * `story.steps[i]`; steps have no id of their own).
 */
export function checkStorySteps(
  steps: readonly StoryStep[],
  events: ReadonlyMap<string, unknown>,
  report: (id: string, field: string, message: string) => void,
): void {
  const firstAt = new Map<string, number>();
  steps.forEach((step, i) => {
    const at = `story.steps[${i}]`;
    if (!events.has(step.event)) {
      report(at, `${at}.event`, `unknown event "${step.event}"`);
      return;
    }
    const first = firstAt.get(step.event);
    if (first !== undefined) {
      report(at, `${at}.event`, `event "${step.event}" is already story.steps[${first}]`);
    } else firstAt.set(step.event, i);
  });
}
