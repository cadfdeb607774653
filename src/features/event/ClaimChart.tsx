import { useMemo } from 'react';
import { claimChartModel } from '../../domain/claims/chart';
import { formatClaimValue } from '../../domain/claims/format';
import type { Claim, Quantity } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';

const WIDTH = 360;
const HEIGHT = 170;

/**
 * A small chart of one quantity's figures against the day they refer to. Each point is a
 * button that opens its quote; bounds ("at least", "more than") carry an
 * arrow pointing where the true value lies; the current event's claims are filled.
 * d3 computes the layout (claimChartModel); this only draws it.
 */
export function ClaimChart({
  quantity,
  claims,
  currentEvent,
  outletOf,
  onOpen,
}: {
  quantity: Quantity;
  claims: readonly Claim[];
  currentEvent: string;
  /** The outlet (or a fallback) of an article id, for the points' names. */
  outletOf: (article: string) => string;
  onOpen: (claim: Claim) => void;
}) {
  const model = useMemo(() => claimChartModel(claims, WIDTH, HEIGHT), [claims]);
  const { plot } = model;
  return (
    <figure
      className="claim-chart"
      aria-label={`${quantity.label} (${quantity.unit}) by date: each point opens its quote`}
    >
      <div className="claim-plot">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          {model.yTicks.map((t) => (
            <g key={t.y}>
              <line className="claim-grid" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
              <text className="claim-axis" x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          <line
            className="claim-baseline"
            x1={plot.left}
            x2={plot.right}
            y1={plot.bottom}
            y2={plot.bottom}
          />
          {model.xTicks.map((t) => (
            <text
              key={t.date}
              className="claim-axis"
              x={t.x}
              y={plot.bottom + 16}
              textAnchor="middle"
            >
              {formatDay(t.date).replace(/ \d{4}$/, '')}
            </text>
          ))}
          {model.marks.map(({ claim, x, y, yMax, open }) => (
            <g
              key={claim.id}
              className={claim.event === currentEvent ? 'claim-mark is-current' : 'claim-mark'}
            >
              {yMax !== null && <line className="claim-range" x1={x} x2={x} y1={y} y2={yMax} />}
              {open && (
                <path
                  className="claim-bound"
                  d={
                    open === 'up'
                      ? `M${x} ${y - 7}v-12m-4 4l4-4 4 4`
                      : `M${x} ${y + 7}v12m-4-4l4 4 4-4`
                  }
                />
              )}
              <circle className="claim-dot" cx={x} cy={y} r={5.5} />
            </g>
          ))}
        </svg>
        {/* Real buttons over the drawn points (positioned in % of the chart, so they follow
          its scaling): keyboard, screen readers and touch get a 28px target each. */}
        {model.marks.map(({ claim, x, y }) => {
          const name = `${formatClaimValue(claim, quantity)} on ${formatDay(claim.refersTo.date)}, ${outletOf(claim.evidence.article)}: open the quote`;
          return (
            <button
              key={claim.id}
              type="button"
              className="claim-point"
              aria-label={name}
              title={name}
              data-claim={claim.id}
              style={{ left: `${(x / WIDTH) * 100}%`, top: `${(y / HEIGHT) * 100}%` }}
              onClick={() => onOpen(claim)}
            />
          );
        })}
      </div>
      <figcaption className="claim-legend">
        <span>
          <span className="claim-key is-current" aria-hidden="true" /> this event
        </span>
        {model.marks.some((m) => m.claim.event !== currentEvent) && (
          <span>
            <span className="claim-key" aria-hidden="true" /> other reports
          </span>
        )}
        {model.marks.some((m) => m.open === 'up') && (
          <span>
            <span aria-hidden="true">↑</span> at least / more than
          </span>
        )}
        {model.marks.some((m) => m.open === 'down') && (
          <span>
            <span aria-hidden="true">↓</span> at most / fewer than
          </span>
        )}
      </figcaption>
    </figure>
  );
}
