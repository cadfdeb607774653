import type { PlacedItem } from '../../domain/timeline/placement';
import { formatDay, formatEventDate } from '../../domain/view/dates';
import { kindLabel } from '../../domain/view/kinds';

interface TooltipProps {
  item: PlacedItem;
  /** Anchor in px relative to the chart box: the mark's centre. */
  left: number;
  top: number;
  /** Chart width, to keep the box on screen. */
  width: number;
}

/**
 * Title and date of the hovered or focused mark, positioned by React. Hidden from assistive
 * technology: the mark's accessible name already says the same.
 */
export function Tooltip({ item, left, top, width }: TooltipProps) {
  const boxWidth = Math.min(280, width - 16);
  const x = Math.max(8, Math.min(width - boxWidth - 8, left - boxWidth / 2));
  const below = top < 90;
  const style = {
    left: x,
    width: boxWidth,
    ...(below ? { top: top + 16 } : { bottom: `calc(100% - ${top - 14}px)` }),
  };
  if (item.type === 'event') {
    const e = item.laid.event;
    return (
      <div className="tl-tooltip" style={style} aria-hidden="true">
        <strong>{e.title}</strong>
        <span>
          {formatEventDate(e, { sentence: true })} · {kindLabel(e.kind)}
        </span>
      </div>
    );
  }
  const first = item.events[0]?.event;
  const last = item.events[item.events.length - 1]?.event;
  const range =
    first && last && first.date !== last.date
      ? `${formatDay(first.date)} – ${formatDay(last.date)}`
      : formatDay(first?.date ?? '');
  return (
    <div className="tl-tooltip" style={style} aria-hidden="true">
      <strong>{item.events.length} events</strong>
      <span>{range}</span>
      <ul>
        {item.events.slice(0, 4).map((l) => (
          <li key={l.event.id}>{l.event.title}</li>
        ))}
        {item.events.length > 4 && <li>…</li>}
      </ul>
      <span className="tl-hint">Click or press Enter to expand</span>
    </div>
  );
}
