import { EVENT_KINDS, type EventKind } from '../../domain/types';
import { isExactDay } from '../../domain/view/dates';
import type { PlacedLabel } from '../../domain/timeline/labels';
import type { PlacedItem } from '../../domain/timeline/placement';
import { MARK_STYLE as S, traceLeader } from './markStyle';
import { kindColor } from '../../domain/view/kinds';
import { drawMark, type MarkStamps } from './markStamps';

/** The theme colours the canvas needs, read once per gesture from the chart's computed style. */
export interface MarkPalette {
  kinds: Record<EventKind, string>;
  surface: string;
  fg: string;
  muted: string;
  /** The leader lines' colour (MARK_STYLE.leaderColor). */
  leader: string;
  accent: string;
  focus: string;
  /** The page's font family (the SVG labels inherit it). */
  font: string;
}

/**
 * Resolves the kinds' colours and the timeline's to values a canvas accepts. They are
 * `light-dark()` and `var()` expressions, so each is resolved by the browser: a probe
 * element inside the chart takes the colour and its computed (rgb) value is read.
 */
export function readPalette(el: Element): MarkPalette {
  const probe = document.createElement('span');
  probe.hidden = true;
  el.parentElement?.appendChild(probe);
  const resolve = (expression: string) => {
    probe.style.color = expression;
    return getComputedStyle(probe).color;
  };
  const kinds = {} as Record<EventKind, string>;
  for (const kind of EVENT_KINDS) kinds[kind] = resolve(kindColor(kind));
  const palette = {
    kinds,
    surface: resolve('var(--tl-surface, #ffffff)'),
    fg: resolve('var(--tl-fg, #1d1f24)'),
    muted: resolve('var(--tl-muted, #5f6672)'),
    leader: resolve(S.leaderColor),
    accent: resolve('var(--tl-accent, #1f5fbf)'),
    focus: resolve('var(--tl-focus, #c2410c)'),
    font: getComputedStyle(el).fontFamily || 'sans-serif',
  };
  probe.remove();
  return palette;
}

/** Everything one frame of marks depends on. */
export interface MarkFrame {
  items: readonly PlacedItem[];
  /** Where each labelled item's title is written, by item key. */
  labels: ReadonlyMap<string, PlacedLabel>;
  /** Screen x of an item is `stretch × item.x − offset` (see useChartModel). */
  stretch: number;
  offset: number;
  /** Half-width of an approximate date's whisker, px. */
  whisker: number;
  /** Row centre of an item. */
  y: (item: PlacedItem) => number;
  selectedId: string | null;
  linkedPlace: string | null;
  /** Lane kind colour for clusters in kind lanes (null = neutral). */
  laneKind: (lane: number) => EventKind | null;
}

/**
 * Draws the marks as the SVG layer does (same shapes, colours, whiskers, pills, labels), for the
 * frames of a zoom or pan gesture: one canvas pass costs far less than moving thousands of SVG
 * nodes, and the SVG layer (which carries focus and the accessible names) is restored when the
 * gesture ends. Only items on screen (plus a label's width) are drawn, in passes that share their
 * state (a canvas font or dash change is costly): pills, marks, leader lines, counts, labels.
 * Label halos are left out while moving. With `stamp`, each mark is copied from a bitmap of its
 * kind drawn once (see markStamps) instead of being filled and stroked again.
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  width: number,
  ratio: number,
  frame: MarkFrame,
  palette: MarkPalette,
  stamp?: MarkStamps,
) {
  const { stretch, offset, whisker, selectedId, linkedPlace, labels } = frame;
  const at = (x: number, y: number) => ctx.setTransform(ratio, 0, 0, ratio, ratio * x, ratio * y);
  const onScreen: Array<{ item: PlacedItem; x: number; y: number }> = [];
  for (const item of frame.items) {
    const x = stretch * item.x - offset;
    const left = item.type === 'cluster' ? stretch * item.left - offset : x;
    const right = item.type === 'cluster' ? stretch * item.right - offset : x;
    if (right < -20 || left > width + 20) continue;
    onScreen.push({ item, x, y: frame.y(item) });
  }

  // Pills of clusters.
  ctx.lineWidth = S.pillStroke;
  ctx.setLineDash([]);
  for (const { item, y } of onScreen) {
    if (item.type !== 'cluster') continue;
    const kind = frame.laneKind(item.lane);
    at(0, y);
    ctx.beginPath();
    ctx.roundRect(
      stretch * item.left - offset,
      -S.pillHeight / 2,
      stretch * (item.right - item.left),
      S.pillHeight,
      S.pillRadius,
    );
    ctx.fillStyle = palette.surface;
    ctx.fill();
    ctx.strokeStyle = kind ? palette.kinds[kind] : palette.muted;
    ctx.stroke();
  }

  // Rings under the selected mark and the marks of the place hovered on the map.
  ctx.setLineDash([]);
  for (const { item, x, y } of onScreen) {
    if (item.type !== 'event') continue;
    const e = item.laid.event;
    const linked = linkedPlace !== null && e.places.includes(linkedPlace);
    if (e.id !== selectedId && !linked) continue;
    at(x, y);
    if (e.id === selectedId) ring(ctx, S.selectedRing, palette.accent, S.ringStroke);
    if (linked) {
      ctx.setLineDash(S.linkDash);
      ring(ctx, S.linkRing, palette.focus, S.ringStroke);
      ctx.setLineDash([]);
    }
  }

  // Event marks: exact days first, then approximate ones (one dash change). A stamp is a copy of
  // pixels in device px, which costs far less than filling and stroking the shape and its dashes.
  for (const approximate of [false, true]) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const { item, x, y } of onScreen) {
      if (item.type !== 'event') continue;
      const e = item.laid.event;
      if (isExactDay(e.datePrecision) === approximate) continue;
      const image = stamp?.(e.kind, approximate, whisker);
      if (image) {
        ctx.drawImage(
          image.image,
          Math.round(ratio * x) - image.cx,
          Math.round(ratio * y) - image.cy,
        );
        continue;
      }
      at(x, y);
      ctx.setLineDash([]);
      drawMark(ctx, e.kind, approximate, whisker, palette);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
  }
  ctx.setLineDash([]);

  // Leader lines of the labels written away from their marks.
  ctx.strokeStyle = palette.leader;
  ctx.lineWidth = S.leaderStroke;
  for (const { item, x, y } of onScreen) {
    const leader = item.type === 'event' ? labels.get(item.key)?.leader : undefined;
    if (!leader) continue;
    at(x, y);
    ctx.beginPath();
    traceLeader(leader, ctx);
    ctx.stroke();
  }

  // Counts of clusters, then labels.
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = palette.fg;
  ctx.font = `700 ${S.countFontPx}px ${palette.font}`;
  for (const { item, x, y } of onScreen) {
    if (item.type !== 'cluster') continue;
    at(x, y);
    ctx.fillText(`+${item.events.length}`, 0, 0.5);
  }
  for (const bold of [false, true]) {
    ctx.font = `${bold ? '700 ' : ''}${S.labelFontPx}px ${palette.font}`;
    for (const { item, x, y } of onScreen) {
      const label = item.type === 'event' ? labels.get(item.key) : undefined;
      if (!label || (item.key === selectedId) !== bold) continue;
      at(x, y);
      ctx.textAlign = label.anchor === 'end' ? 'right' : 'left';
      label.lines.forEach((line, i) =>
        ctx.fillText(line, label.dx, label.dy + i * S.labelLineHeight + 0.5),
      );
    }
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
}

function ring(ctx: CanvasRenderingContext2D, r: number, color: string, w: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = w;
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, Math.PI * 2);
  ctx.stroke();
}
