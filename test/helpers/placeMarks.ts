import type { TimelineLayout } from '../../src/domain/timeline/layout';
import {
  buildColumns,
  placeColumns,
  type ColumnOptions,
  type PlacedItem,
  type PlacementOptions,
} from '../../src/domain/timeline/placement';

/** Columns then marks in one call: the two steps the chart memoises apart. */
export function placeMarks(
  layout: TimelineLayout,
  options: PlacementOptions & ColumnOptions,
): PlacedItem[] {
  return placeColumns(layout, buildColumns(layout, options.pxPerUnit, options), options);
}
