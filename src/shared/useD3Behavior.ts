import { useLayoutEffect, useRef, type DependencyList, type RefObject } from 'react';
import { useD3Gestures, type D3Gestures } from './loadD3Gestures';
import { useLoadedAfterFirstFrame } from './useLoadedAfterFirstFrame';

/** A behaviour attached to an element, and how to take it off again. */
export interface Attached<B> {
  behavior: B;
  detach: () => void;
}

/** What `attach` is given besides the element: the caller's current options, and whether `sync` is running. */
export interface GestureContext<O> {
  /** The options of the latest render, so handlers never read stale callbacks. */
  readonly latest: { readonly current: O };
  /** True while `sync` moves the behaviour: events it causes are not the reader's. */
  readonly syncing: { readonly current: boolean };
}

/**
 * How one d3 gesture behaviour (d3-zoom, d3-brush) lives on an element. Both functions are
 * defined once, outside the component: `attach` runs once per element, when the gesture chunk
 * has arrived; `sync` runs after every change of the hook's `syncKeys` and sets the behaviour
 * to match the store (extent, transform, selection) without reporting back.
 */
export interface D3Behavior<E extends Element, O, B> {
  attach: (d3: D3Gestures, el: E, context: GestureContext<O>) => Attached<B>;
  sync: (d3: D3Gestures, el: E, behavior: B, options: O) => void;
}

/**
 * The skeleton every gesture hook shares: load the gesture chunk and the behaviour (`load`, a
 * module-level function: the behaviour can be a chunk of its own) after the first frame, attach
 * the behaviour to `ref` once both have arrived, keep it in step with `options`, and detach it
 * when the element or the hook goes.
 */
export function useD3Behavior<E extends Element, O, B>(
  ref: RefObject<E | null>,
  options: O,
  load: () => Promise<D3Behavior<E, O, B>>,
  syncKeys: DependencyList,
): void {
  const latest = useRef(options);
  const syncing = useRef(false);
  const attached = useRef<B | null>(null);
  const gestures = useD3Gestures();
  const behaviorOf = useLoadedAfterFirstFrame(load);
  const d3 = behaviorOf && gestures;

  useLayoutEffect(() => {
    latest.current = options;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !d3 || !behaviorOf) return;
    const { behavior, detach } = behaviorOf.attach(d3, el, { latest, syncing });
    attached.current = behavior;
    return () => {
      detach();
      attached.current = null;
    };
  }, [ref, d3, behaviorOf]);

  // After every render: sync when the behaviour is new or one of the keys changed (the rest of
  // `options`, such as callbacks, may change freely).
  const synced = useRef<{ behavior: B; keys: DependencyList } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const behavior = attached.current;
    if (!el || !behavior || !d3 || !behaviorOf) return;
    const last = synced.current;
    if (last?.behavior === behavior && sameKeys(last.keys, syncKeys)) return;
    synced.current = { behavior, keys: syncKeys };
    syncing.current = true;
    try {
      behaviorOf.sync(d3, el, behavior, latest.current);
    } finally {
      syncing.current = false;
    }
  });
}

const sameKeys = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
