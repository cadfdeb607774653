import { useEffect, useState } from 'react';

/** The default font size the chart's pixel constants are drawn for. */
const BASE_FONT_PX = 16;

/** The root font size over BASE_FONT_PX (1 when it cannot be read). */
function readScale(): number {
  if (typeof document === 'undefined') return 1;
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / BASE_FONT_PX : 1;
}

/**
 * How many CSS px one chart px is: the reader's default font size over 16 px. The chart lays
 * out in chart px (its text, marks and rows are sized for a 16 px font) and is drawn scaled by
 * this, so a larger default font enlarges its text as it does the rest of the interface (which
 * is sized in rem), and the chart reflows as a narrower one would. Read again on resize (a
 * changed font setting or zoom comes with one).
 */
export function useFontScale(): number {
  const [scale, setScale] = useState(readScale);
  useEffect(() => {
    const update = () => setScale(readScale());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}
