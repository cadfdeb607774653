import { useMemo } from 'react';
import { bucketSpan } from '../../domain/shards/counts';
import { shardsOverlapping, type ShardStatus } from '../../domain/shards/loader';
import { overviewBars, overviewLevel } from '../../domain/shards/overviewCounts';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './shards.css';

/** At most this many bars: weeks for a story of months, months for one of years. */
const MAX_BARS = 60;

const nf = new Intl.NumberFormat('en-GB');
const df = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

type BarStatus = ShardStatus | 'partial' | 'none';

const STATUS_TEXT: Record<BarStatus, string> = {
  loaded: 'shown',
  partial: 'partly shown',
  loading: 'loading',
  failed: 'could not be loaded',
  none: 'not loaded',
};

/**
 * A sharded dataset's whole story at a glance, drawn from its overview: a bar per week (or
 * month) with the events the filters match (from the pre-aggregated counts; "up to" where
 * they cannot say exactly), marked as shown, loading or not loaded yet. Choosing a bar moves
 * the timeline there, and its shards are read (src/state/shardSync.ts). Nothing for a dataset
 * loaded whole.
 */
export function ShardStrip() {
  const shards = useAppStore((s) => s.shards);
  const overview = shards?.overview ?? null;
  const filters = useAppStore((s) => s.view.filters);
  const { windowChanged } = useActions();
  const level = useMemo(() => (overview ? overviewLevel(overview, MAX_BARS) : null), [overview]);
  const bars = useMemo(() => (level ? overviewBars(level, filters) : []), [level, filters]);
  if (!shards || !overview || !level) return null;
  const { statuses } = shards;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const statusOf = (span: [number, number]): BarStatus => {
    const ns = shardsOverlapping(overview, span).map((n) => statuses[n] ?? 'none');
    if (ns.includes('loading')) return 'loading';
    if (ns.length > 0 && ns.every((s) => s === 'loaded')) return 'loaded';
    if (ns.includes('loaded')) return 'partial';
    if (ns.includes('failed')) return 'failed';
    return 'none';
  };
  const loaded = Object.values(statuses).filter((s) => s === 'loaded').length;
  const loading = Object.values(statuses).filter((s) => s === 'loading').length;
  const shown = overview.shards.reduce(
    (n, s, i) => n + (statuses[i] === 'loaded' ? s.events : 0),
    0,
  );
  return (
    <section className="shard-strip" aria-label="The whole story">
      <output className="shard-strip-status">
        {nf.format(shown)} of {nf.format(overview.events)} events shown ({loaded} of{' '}
        {overview.shards.length} parts)
        {loading > 0 ? `; loading ${loading} more…` : ''}
      </output>
      <ol className="shard-strip-bars">
        {bars.map((bar) => {
          const span = bucketSpan(level, bar.index);
          const status = statusOf(span);
          const label = `${level.unit === 'month' ? 'Month' : level.unit === 'week' ? 'Week' : 'Day'} of ${df.format(span[0])}: ${bar.exact ? '' : 'up to '}${nf.format(bar.count)} events, ${STATUS_TEXT[status]}`;
          const height = bar.count === 0 ? 0 : Math.max(4, (bar.count / max) * 100);
          return (
            <li key={bar.index}>
              <button
                type="button"
                className={`shard-bar is-${status}`}
                aria-label={label}
                title={label}
                onClick={() => windowChanged(span)}
              >
                <svg viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
                  <rect x="1" y={100 - height} width="8" height={height} />
                </svg>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
