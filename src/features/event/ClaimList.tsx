import { formatClaimValue } from '../../domain/claims/format';
import type { Claim, Quantity } from '../../domain/types';
import { formatDay } from '../../domain/view/dates';
import { useDatasetIndex } from '../../state/selectors';
import { useActions } from '../../state/store';

/** Why a claim refers to its day, in words. */
function dateBasis(claim: Claim): string {
  if (claim.refersTo.basis === 'stated') return `stated: “${claim.refersTo.phrase ?? ''}”`;
  if (claim.refersTo.basis === 'event') return 'the date of the event';
  return 'no date stated: the publication date';
}

/**
 * The same points as the chart, as a list a screen reader (or a phone) reads in order: figure
 * and unit, the day it refers to and why, who the source attributes it to, the outlet, the
 * quote, and a button opening the quote in its source. Claims of another event name it.
 */
export function ClaimList({
  quantity,
  claims,
  currentEvent,
}: {
  quantity: Quantity;
  claims: readonly Claim[];
  currentEvent: string;
}) {
  const index = useDatasetIndex();
  const { sourceOpened, eventSelected } = useActions();
  return (
    <ol className="claim-list" aria-label={`${quantity.label}: every figure`}>
      {claims.map((claim) => {
        const article = index.articles.get(claim.evidence.article);
        const actor = claim.attribution?.actor ? index.actors.get(claim.attribution.actor) : null;
        const other =
          claim.event !== null && claim.event !== currentEvent
            ? index.events.get(claim.event)
            : null;
        return (
          <li key={claim.id} className="claim-item">
            <p className="claim-figure">
              <strong>{formatClaimValue(claim, quantity)}</strong>
              {' · refers to '}
              <time dateTime={claim.refersTo.date}>{formatDay(claim.refersTo.date)}</time>{' '}
              <span className="muted">({dateBasis(claim)})</span>
            </p>
            <p className="claim-meta">
              {claim.attribution ? (
                <>
                  Attributed to <strong>{actor?.name ?? claim.attribution.text}</strong>
                  {actor && actor.name !== claim.attribution.text && (
                    <span className="muted"> (“{claim.attribution.text}”)</span>
                  )}
                </>
              ) : (
                <span className="muted">Stated by the outlet itself</span>
              )}
              {' · '}
              <span className={article?.outlet ? 'outlet' : 'outlet is-unknown'}>
                {article?.outlet ?? 'Unknown outlet'}
              </span>
              {article && (
                <>
                  {', '}
                  <time dateTime={article.published}>{formatDay(article.published)}</time>
                </>
              )}
            </p>
            <blockquote className="claim-quote">
              <p>“{claim.evidence.quote}”</p>
            </blockquote>
            <div className="claim-actions">
              <button
                type="button"
                className="button"
                aria-label={`Read in source: ${formatClaimValue(claim, quantity)}, ${article?.title ?? claim.evidence.article}`}
                onClick={() =>
                  sourceOpened({
                    article: claim.evidence.article,
                    paragraph: claim.evidence.paragraph,
                    start: claim.evidence.start,
                    end: claim.evidence.end,
                  })
                }
              >
                Read in source
              </button>
              {other && (
                <button
                  type="button"
                  className="button is-quiet"
                  onClick={() => eventSelected(other.id)}
                >
                  Event: {other.title}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
