import { useId, useMemo } from 'react';
import { formatProblem } from '../../domain/ingest/problems';
import { articleViews } from '../../domain/workspace/articleView';
import { useAppStore } from '../../state/store';
import { ArticleCard } from './ArticleCard';
import { Intake } from './Intake';
import { StorySettings } from './StorySettings';
import { useIntake } from './useIntake';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './workspace.css';

/**
 * The workspace: the open story's articles come in (intake), are read by the pipeline worker,
 * and their drafts reviewed; every edit is compiled and shown live in every view.
 */
export function WorkspacePanel() {
  const id = useId();
  const story = useAppStore((s) => s.workspace);
  const refused = useAppStore((s) => s.workspaceCheck.refused);
  const intake = useIntake();
  const views = useMemo(() => (story ? articleViews(story) : []), [story]);
  if (!story) return null;
  const rereadAll = () => {
    for (const v of views) void intake.reread(v.id);
  };
  return (
    <section className="ws" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Workspace: {story.story.title ?? 'a new story'}</h2>
      <StorySettings key={story.id} story={story} onDayOne={rereadAll} />
      <Intake items={intake.items} add={intake.add} failed={intake.failed} />
      {refused.length > 0 && (
        <div role="alert" className="ws-problems">
          <p>That change was not made:</p>
          <ul>
            {refused.map((p) => (
              <li key={formatProblem(p)}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {views.map((v) => (
        <ArticleCard
          key={v.id}
          view={v}
          drafts={story.drafts.filter((d) => d.candidate.article === v.id)}
          redate={(articleId, date) => void intake.reread(articleId, date)}
        />
      ))}
    </section>
  );
}
