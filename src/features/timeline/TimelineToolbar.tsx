import type { LaneMode, ScaleMode } from '../../domain/view/viewState';

export interface TimelineToolbarProps {
  scale: ScaleMode;
  lanes: LaneMode;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onScale: (scale: ScaleMode) => void;
  onLanes: (lanes: LaneMode) => void;
}

// Plain words: the compressed scale shortens long empty stretches (marked as gaps on the axis).
const SCALES: Array<[ScaleMode, string]> = [
  ['compressed', 'Gaps shortened'],
  ['linear', 'True to scale'],
];
const LANES: Array<[LaneMode, string]> = [
  ['kind', 'Kind'],
  ['actor', 'Who'],
];

/** Zoom buttons, the time scale ("Time") and the lanes ("Group by"): real buttons and radios. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { scale, lanes, onZoomIn, onZoomOut, onFit, onScale, onLanes } = props;
  return (
    <div className="tl-toolbar">
      <div className="tl-buttons">
        <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFit} title="Fit to events (0)">
          Fit to events
        </button>
      </div>
      <Segmented legend="Time" name="tl-scale" value={scale} options={SCALES} onChange={onScale} />
      <Segmented
        legend="Group by"
        name="tl-lanes"
        value={lanes}
        options={LANES}
        onChange={onLanes}
      />
    </div>
  );
}

interface SegmentedProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: Array<[T, string]>;
  onChange: (value: T) => void;
}

/** A radio group styled as a segmented control. */
function Segmented<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: SegmentedProps<T>) {
  return (
    <fieldset className="tl-segmented">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
