import { createElement, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import type { LateModule } from './lateModule';

/** The prerendered first screen's parts, by selector, taken before the app's commit cleared it. */
const taken = new Map<string, Element | null>();

/**
 * The first screen's element matching `selector` inside #root, while the first screen shows the
 * view being opened (`data-first-screen="view"`, firstScreen.ts); null otherwise. Read in the
 * render before the app's first commit, which removes the first screen from the page.
 */
function take(selector: string): Element | null {
  if (!taken.has(selector)) {
    const shown = document.documentElement.dataset.firstScreen === 'view';
    taken.set(selector, shown ? document.querySelector(`#root ${selector}`) : null);
  }
  return taken.get(selector) ?? null;
}

/**
 * Keeps a part of the prerendered first screen on the page, as it was painted, in place of a
 * part of the app whose code arrives after the first frame: no gap, no shift when the part
 * itself replaces it. Its controls stay disabled, as they were on the first screen (a disabled
 * fieldset that draws no box). Nothing where the first screen showed another view.
 */
export function FirstScreenPart({ selector }: { selector: string }) {
  const [part] = useState(() => take(selector));
  const box = useRef<HTMLFieldSetElement>(null);
  // Before the commit's paint: the part never leaves the screen.
  useLayoutEffect(() => {
    if (part) box.current?.append(part);
  }, [part]);
  return part ? <fieldset ref={box} className="first-screen" disabled /> : null;
}

/**
 * A part of the app whose component (`pick` from `late`'s module) loads after the first frame:
 * meanwhile the prerendered first screen's copy at `selector` stays in its place
 * (FirstScreenPart).
 */
export function latePart<M, P extends object>(
  late: LateModule<M>,
  pick: (module: M) => ComponentType<P>,
  selector: string,
): ComponentType<P> {
  return function LatePart(props: P) {
    const loaded = late.use();
    if (loaded) return createElement(pick(loaded), props);
    return <FirstScreenPart selector={selector} />;
  };
}
