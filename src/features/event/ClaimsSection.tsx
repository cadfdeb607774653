import { useMemo } from 'react';
import { compareEventClaims, type QuantityComparison } from '../../domain/claims/compare';
import { describeDifference, formatClaimFigure } from '../../domain/claims/format';
import type { DatasetEvent } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { ClaimChart } from './ClaimChart';
import { ClaimList } from './ClaimList';
// oxlint-disable-next-line import/no-unassigned-import -- the section's stylesheet
import './claims.css';

/**
 * The figures an event's sources give (death tolls, refugee counts, durations…), each quantity
 * compared with every figure the dataset holds for it: a flag where sources differ, a chart
 * of figure against date when there is more than one source or day, and the list of the
 * same points with their quotes. Nothing is shown for an event without figures.
 */
export function ClaimsSection({ event }: { event: DatasetEvent }) {
  const dataset = useAppStore((s) => s.dataset);
  const comparisons = useMemo(() => compareEventClaims(dataset, event.id), [dataset, event.id]);
  if (comparisons.length === 0) return null;
  return (
    <section className="claims" aria-labelledby="claims-title">
      <h3 id="claims-title">Figures</h3>
      {comparisons.map((c) => (
        <QuantityFigures key={c.quantity.id} comparison={c} currentEvent={event.id} />
      ))}
    </section>
  );
}

function QuantityFigures({
  comparison,
  currentEvent,
}: {
  comparison: QuantityComparison;
  currentEvent: string;
}) {
  const { quantity, claims, differences, chartable, consistent, sources } = comparison;
  const index = useDatasetIndex();
  const { sourceOpened } = useActions();
  const headingId = `quantity-${quantity.id}`;
  const agreed = sources > 1 && consistent && differences.length === 0;
  return (
    <section className="quantity" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {quantity.label} <span className="muted">({quantity.unit})</span>
      </h4>
      {differences.map((d) => (
        <p key={d.kind === 'same-day' ? d.date : d.to.id} className="claims-flag is-differ">
          <span aria-hidden="true">≠ </span>
          {describeDifference(d, formatDay)}
        </p>
      ))}
      {agreed && (
        <p className="claims-flag is-agree">
          <span aria-hidden="true">= </span>
          {sources} sources agree: {[...new Set(claims.map(formatClaimFigure))].join(', ')}
        </p>
      )}
      {chartable && (
        <ClaimChart
          quantity={quantity}
          claims={claims}
          currentEvent={currentEvent}
          outletOf={(id) => index.articles.get(id)?.outlet ?? 'unknown outlet'}
          onOpen={(claim) =>
            sourceOpened({
              article: claim.evidence.article,
              paragraph: claim.evidence.paragraph,
              start: claim.evidence.start,
              end: claim.evidence.end,
            })
          }
        />
      )}
      <ClaimList quantity={quantity} claims={claims} currentEvent={currentEvent} />
    </section>
  );
}
