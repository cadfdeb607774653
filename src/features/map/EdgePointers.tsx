import { pointerLabel, type EdgePointer } from '../../domain/map/layout';
import { plural } from '../../domain/view/format';

const ARROWS: Record<EdgePointer['edge'], string> = {
  west: '←',
  east: '→',
  north: '↑',
  south: '↓',
};

/** "United States", "China and Russia", "Germany, France and 2 more". */
function names(pointer: EdgePointer): string {
  const all = pointer.members.map((m) => m.name);
  if (all.length === 1) return all[0]!;
  if (all.length <= 3) return `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  return `${all.slice(0, 2).join(', ')} and ${all.length - 2} more`;
}

export interface EdgePointersProps {
  pointers: readonly EdgePointer[];
  /** Brings the pointer's places into view. */
  onShow: (pointer: EdgePointer) => void;
}

/**
 * One button on each edge of the frame that has places beyond it, naming the busiest: every
 * place with coordinates is a click away, however far the reader has zoomed or panned.
 */
export function EdgePointers({ pointers, onShow }: EdgePointersProps) {
  return pointers.map((p) => {
    const arrow = <span aria-hidden="true">{ARROWS[p.edge]}</span>;
    const before = p.edge === 'west' || p.edge === 'north';
    return (
      <button
        key={p.edge}
        type="button"
        className={`map-pointer is-${p.edge}`}
        aria-label={`Show ${names(p)} (${plural(p.members.length, 'place')} off the map to the ${p.edge})`}
        onClick={() => onShow(p)}
      >
        {before && arrow}
        <span className="map-pointer-name">{pointerLabel(p)}</span>
        {!before && arrow}
      </button>
    );
  });
}
