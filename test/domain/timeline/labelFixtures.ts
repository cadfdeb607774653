import { expect } from 'vitest';
import { hits, overlaps, type Box } from '../../../src/domain/timeline/boxes';
import { leaderLines } from '../../../src/domain/timeline/labelBoard';
import type {
  LabelLayoutOptions,
  LabelRequest,
  PlacedLabel,
} from '../../../src/domain/timeline/labels';

/** Ten px per character: easy to reason about in the cases that use it. */
export const measure = (text: string) => text.length * 10;

/** A label request for a mark at (x, 50) in a band 0–100 px, one line of text. */
export const request = (
  key: string,
  x: number,
  line: string,
  extra: Partial<LabelRequest> = {},
): LabelRequest => ({
  key,
  x,
  y: 50,
  r: 5,
  line,
  lines2: null,
  band: [0, 100] as const,
  ...extra,
});

/** A mark's box, 12 px square, centred on (x, y). */
export const markBox = (x: number, y = 50): Box => ({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });

/** Layout options over `obstacles`, labels kept inside [0, xMax]. */
export const options = (obstacles: Box[], xMax = 1000): LabelLayoutOptions => ({
  obstacles,
  xMin: 0,
  xMax,
  measure,
  lineHeight: 13,
  rowOffset: 18,
});

/** A seeded random number generator (Park–Miller), values in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

/** A seeded crowd of 30 marks on 4 rows over 800 px, about a fifth of them must be written. */
export function crowd(random: () => number, count = 30) {
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  for (let i = 0; i < count; i++) {
    const x = Math.round(random() * 800);
    const y = 20 + Math.floor(random() * 4) * 18;
    obstacles.push(markBox(x, y));
    const line = 'x'.repeat(3 + Math.floor(random() * 20));
    const makeRoom = random() < 0.2;
    requests.push(request(`m${i}`, x, line, { y, band: [10, 90], makeRoom }));
  }
  return { requests, obstacles };
}

/**
 * Checks a layout's boxes and leader lines against each other and the obstacles: no label
 * covers an obstacle or another label, no leader line crosses an obstacle, another label or
 * another leader line, each leader line ends on its own label, and every label stays inside
 * [0, xMax] and its band (its reach, with a leader line).
 */
export function expectClearLayout(
  placed: ReadonlyMap<string, PlacedLabel>,
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  xMax: number,
) {
  const byKey = new Map(requests.map((r) => [r.key, r]));
  const drawn = [...placed].map(([key, label]) => {
    const req = byKey.get(key)!;
    return { key, req, box: label.box, lines: leaderLines(req, label) };
  });
  drawn.forEach((a, i) => {
    const { box, lines, req } = a;
    const [top, bottom] = lines.length > 0 ? (req.reach ?? req.band) : req.band;
    expect(box.x0 >= 0 && box.x1 <= xMax, `${a.key} inside the view`).toBe(true);
    expect(box.y0 >= top && box.y1 <= bottom, `${a.key} inside its band or reach`).toBe(true);
    for (const o of obstacles) {
      expect(overlaps(box, o), `${a.key} over an obstacle`).toBe(false);
      for (const line of lines) {
        expect(hits(line, o), `${a.key}'s leader across an obstacle`).toBe(false);
      }
    }
    const end = lines.at(-1);
    if (end) {
      // One stretch follows another, and the last ends on its label's box.
      lines.slice(1).forEach((l, j) => expect([l.ax, l.ay]).toEqual([lines[j]!.bx, lines[j]!.by]));
      const onEdge = end.bx >= box.x0 - 1e-6 && end.bx <= box.x1 + 1e-6 && end.by >= box.y0 - 1e-6;
      expect(onEdge && end.by <= box.y1 + 1e-6, `${a.key}'s leader ends at its label`).toBe(true);
    }
    for (const b of drawn.slice(i + 1)) {
      expect(overlaps(box, b.box), `${a.key} × ${b.key}`).toBe(false);
      for (const line of lines) {
        expect(hits(line, b.box), `${a.key}'s leader × ${b.key}`).toBe(false);
        for (const other of b.lines) {
          expect(hits(line, other), `leaders ${a.key} × ${b.key}`).toBe(false);
        }
      }
      for (const other of b.lines)
        expect(hits(other, box), `${b.key}'s leader × ${a.key}`).toBe(false);
    }
  });
}
