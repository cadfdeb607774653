import { useId } from 'react';
import { useAppStore } from '../../state/store';

/** The date range: two labelled date inputs bounded by the dataset's first and last days. */
export function DateRangeFacet() {
  const id = useId();
  const { from, to } = useAppStore((s) => s.view.filters);
  const events = useAppStore((s) => s.dataset.events);
  const dateRangeChanged = useAppStore((s) => s.dateRangeChanged);
  const first = events[0]?.date;
  const last = events.at(-1)?.date;
  // A cleared or half-typed input reports '' — that means "open", not an invalid date.
  const value = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null);

  return (
    <fieldset className="facet facet-dates">
      <legend className="facet-legend">Date range</legend>
      <div className="date-inputs">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          min={first}
          max={to ?? last}
          value={from ?? ''}
          onChange={(e) => dateRangeChanged(value(e.target.value), to)}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          min={from ?? first}
          max={last}
          value={to ?? ''}
          onChange={(e) => dateRangeChanged(from, value(e.target.value))}
        />
      </div>
    </fieldset>
  );
}
