import type { ReactNode } from 'react';

/**
 * A 16 px line icon drawn in the text's colour, hidden from assistive technology (the button
 * beside it carries the name). `children` are its paths, in a 16 × 16 box.
 */
export function LineIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      {children}
    </svg>
  );
}
