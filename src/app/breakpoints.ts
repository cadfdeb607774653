/**
 * The page's widths, as layout.css draws them (CSS cannot import these: keep the numbers equal).
 * Phone: one column, the filters a drawer, the detail and the sources bottom sheets. Medium: the
 * filters give way to an open event's column and open as a drawer. Wide: three columns.
 */
export const PHONE = '(max-width: 44.9375em)';
export const WIDE = '(min-width: 68.75em)';
