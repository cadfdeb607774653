import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCamera, clampCamera, type MapCamera } from '../../../src/domain/map/camera';
import {
  cameraFor,
  fitCamera,
  includePoints,
  panCamera,
  project,
  toScreen,
  transformFor,
  unproject,
  zoomCamera,
  type LonLat,
} from '../../../src/domain/map/viewport';

const size = { width: 800, height: 440 };
const lonLat = fc.tuple(
  fc.double({ min: -179, max: 179, noNaN: true }),
  fc.double({ min: -80, max: 80, noNaN: true }),
);
const camera = fc.record({
  lat: fc.double({ min: -80, max: 80, noNaN: true }),
  lon: fc.double({ min: -179, max: 179, noNaN: true }),
  zoom: fc.double({ min: 0, max: 10, noNaN: true }),
});
const runs = { numRuns: 300 };

describe('Mercator world coordinates', () => {
  it.each([
    [
      [0, 0],
      [0.5, 0.5],
    ],
    [
      [-180, 0],
      [0, 0.5],
    ],
    [
      [180, 0],
      [1, 0.5],
    ],
    [
      [90, 0],
      [0.75, 0.5],
    ],
  ] as const)('puts %j at %j', (point, expected) => {
    const [x, y] = project(point);
    expect(x).toBeCloseTo(expected[0], 12);
    expect(y).toBeCloseTo(expected[1], 12);
  });

  it('stretches latitude as Mercator does: 60° N is ln(tan(75°)) / 2π above the equator', () => {
    const y = project([0, 60])[1];
    expect(0.5 - y).toBeCloseTo(Math.log(Math.tan((75 * Math.PI) / 180)) / (2 * Math.PI), 12);
  });

  it('unproject undoes project', () => {
    fc.assert(
      fc.property(lonLat, ([lon, lat]) => {
        const [a, b] = unproject(project([lon, lat]));
        expect(a).toBeCloseTo(lon, 9);
        expect(b).toBeCloseTo(lat, 9);
      }),
      runs,
    );
  });
});

describe('camera and transform', () => {
  it('the camera centre is drawn at the frame centre, a world 2^zoom frames wide', () => {
    fc.assert(
      fc.property(camera, (c) => {
        const t = transformFor(c, size);
        const [x, y] = toScreen(t, [c.lon, c.lat]);
        expect(x).toBeCloseTo(size.width / 2, 6);
        expect(y).toBeCloseTo(size.height / 2, 6);
        expect(t.k).toBeCloseTo(size.width * 2 ** c.zoom, 6);
      }),
      runs,
    );
  });

  it('cameraFor undoes transformFor', () => {
    fc.assert(
      fc.property(camera, (c) => {
        const back = cameraFor(transformFor(c, size), size);
        expect(back.lat).toBeCloseTo(c.lat, 6);
        expect(back.lon).toBeCloseTo(c.lon, 6);
        expect(back.zoom).toBeCloseTo(c.zoom, 9);
      }),
      runs,
    );
  });

  it('panning moves the map by the fraction of the frame asked for', () => {
    const c: MapCamera = { lat: 47, lon: 37, zoom: 4 };
    const moved = panCamera(c, 0.25, -0.5, size);
    const [x, y] = toScreen(transformFor(moved, size), [c.lon, c.lat]);
    expect(x).toBeCloseTo(size.width / 2 - 0.25 * size.width, 6);
    expect(y).toBeCloseTo(size.height / 2 + 0.5 * size.height, 6);
  });

  it.each([
    [3, 1, 4],
    [9.5, 1, 10],
    [0.5, -1, 0],
  ])('zoom %d by %d steps gives %d (kept in range)', (from, steps, to) => {
    expect(zoomCamera({ lat: 0, lon: 0, zoom: from }, steps).zoom).toBe(to);
  });

  it.each([
    [
      { lat: 90, lon: 0, zoom: 1 },
      { lat: 85, lon: 0, zoom: 1 },
    ],
    [
      { lat: 0, lon: 190, zoom: 1 },
      { lat: 0, lon: -170, zoom: 1 },
    ],
    [
      { lat: 0, lon: -540, zoom: -3 },
      { lat: 0, lon: -180, zoom: 0 },
    ],
  ])('clamps %j to %j', (c, expected) => {
    expect(clampCamera(c)).toEqual(expected);
  });

  it('rounds a camera to what a link holds', () => {
    expect(canonicalCamera({ lat: 47.123449, lon: -0.00001, zoom: 3.14159 })).toEqual({
      lat: 47.1234,
      lon: 0,
      zoom: 3.14,
    });
  });
});

describe('fitting', () => {
  const inside = (c: MapCamera, points: readonly LonLat[], pad: number) => {
    const t = transformFor(c, size);
    for (const p of points) {
      const [x, y] = toScreen(t, p);
      expect(x).toBeGreaterThanOrEqual(pad - 1e-4);
      expect(x).toBeLessThanOrEqual(size.width - pad + 1e-4);
      expect(y).toBeGreaterThanOrEqual(pad - 1e-4);
      expect(y).toBeLessThanOrEqual(size.height - pad + 1e-4);
    }
  };

  it('shows every point, with its margin, inside the padding, as close as it may', () => {
    fc.assert(
      fc.property(fc.array(lonLat, { minLength: 1, maxLength: 8 }), (points) => {
        const c = fitCamera(points, size, 24, [1, 1], 10);
        const corners = points.flatMap(([lon, lat]): LonLat[] => [
          [lon - 1, lat - 1],
          [lon + 1, lat + 1],
        ]);
        // Zoom 0 is the whole world: the fit cannot go further out.
        if (c.zoom > 0) inside(c, corners, 24);
        // Half a step closer and some corner falls outside (unless at the zoom limit).
        if (c.zoom < 10) {
          const closer = transformFor({ ...c, zoom: c.zoom + 0.5 }, size);
          const out = corners.some(([lon, lat]) => {
            const [x, y] = toScreen(closer, [lon, lat]);
            return x < 24 || x > size.width - 24 || y < 24 || y > size.height - 24;
          });
          expect(out).toBe(true);
        }
      }),
      runs,
    );
  });

  it('fits Ukraine’s cities to a region, not the world or a street', () => {
    const c = fitCamera(
      [
        [30.52, 50.45],
        [37.55, 47.1],
        [30.7, 36.9],
      ],
      size,
      32,
    );
    expect(c.zoom).toBeGreaterThan(2);
    expect(c.zoom).toBeLessThanOrEqual(6);
  });

  it('with nothing to fit, shows the world', () => {
    expect(fitCamera([], size, 32)).toEqual({ lat: 0, lon: 0, zoom: 0 });
  });

  it('bringing a place into view keeps what was shown and never zooms in', () => {
    fc.assert(
      fc.property(camera, lonLat, (c, point) => {
        const next = includePoints(c, [point], size, 16);
        expect(next.zoom).toBeLessThanOrEqual(c.zoom + 1e-9);
        const t = transformFor(next, size);
        const [x, y] = toScreen(t, point);
        // The point is in view unless the whole world is already (zoom 0 cannot go further).
        if (next.zoom > 0) {
          expect(x).toBeGreaterThanOrEqual(-1e-6);
          expect(x).toBeLessThanOrEqual(size.width + 1e-6);
          expect(y).toBeGreaterThanOrEqual(-1e-6);
          expect(y).toBeLessThanOrEqual(size.height + 1e-6);
        }
      }),
      runs,
    );
  });
});
