import type { EventKind } from '../domain/types';
import { kindColor, kindLabel, kindShape } from '../domain/view/kinds';

/**
 * The kind's symbol in its colour, sized to the text around it (1em), for text views (filters,
 * list, details, print). Decorative: the kind's name is always written next to it.
 */
export function KindSymbol({ kind }: { kind: EventKind }) {
  return (
    <svg
      className="kind-symbol"
      width="1em"
      height="1em"
      viewBox="-7 -7 14 14"
      aria-hidden="true"
      data-kind={kind}
    >
      <path d={kindShape(kind)} style={{ fill: kindColor(kind) }} />
    </svg>
  );
}

/** The kind's symbol and name, in the kind's colour. */
export function KindBadge({ kind }: { kind: EventKind }) {
  return (
    <span className="kind-badge" style={{ color: kindColor(kind) }} data-kind={kind}>
      <KindSymbol kind={kind} /> {kindLabel(kind)}
    </span>
  );
}
