import { MAX_ZOOM, type MapCamera } from '../../domain/map/camera';
import {
  clusterMarks,
  edgePointers,
  placeLabels,
  pointerBox,
  spreadRing,
  type EdgePointer,
  type MarkGroup,
  type PlacedLabel,
  type ScreenMark,
} from '../../domain/map/layout';
import type { PlaceMark } from '../../domain/map/placeMarks';
import {
  toScreen,
  transformFor,
  type FrameSize,
  type WorldTransform,
} from '../../domain/map/viewport';
import { HALO_HIT, haloRadius, pinRadius } from './geometry';

/** A mark as drawn: one place, or a cluster of overlapping places of the same exactness. */
export interface SceneGroup extends MarkGroup {
  key: string;
  r: number;
  approximate: boolean;
  /** For a member spread out of a cluster: where the place really is (a leader line). */
  from: readonly [number, number] | null;
  /** Every member only concerned by events that happened elsewhere: drawn as a hollow ring. */
  aboutOnly: boolean;
}

export interface Scene {
  transform: WorldTransform;
  /** Halos first, then pins, big under small: every mark stays reachable by the pointer. */
  groups: SceneGroup[];
  labels: PlacedLabel[];
  pointers: EdgePointer[];
}

const eventCount = (members: readonly ScreenMark[]) => members.reduce((n, m) => n + m.events, 0);

/**
 * What the map draws for `camera` in a frame of `size`: each place projected; overlapping
 * places of the same exactness clustered (pins with pins, halos with halos, since a country's
 * halo under a city's pin is the usual picture, not an overlap); at the deepest zoom a cluster's
 * places spread on a ring instead, as zooming cannot part them; labels that fit; and the
 * places beyond the frame, by the edge they lie past.
 */
export function mapScene(
  marks: readonly PlaceMark[],
  camera: MapCamera,
  size: FrameSize,
  fontPx: number,
  linked: (id: string) => boolean,
): Scene {
  const transform = transformFor(camera, size);
  const screen = new Map<boolean, ScreenMark[]>([
    [true, []],
    [false, []],
  ]);
  const all: ScreenMark[] = [];
  const aboutOnly = new Set<string>();
  for (const m of marks) {
    const [x, y] = toScreen(transform, [m.place.lon ?? 0, m.place.lat ?? 0]);
    // Sized by what happened there; a place only talked about, by how often it was.
    const count = m.events.length > 0 ? m.events.length : m.about.length;
    const r = m.approximate ? haloRadius(count) : pinRadius(count);
    const mark: ScreenMark = {
      id: m.place.id,
      name: m.place.name,
      x,
      y,
      r,
      hit: m.approximate ? HALO_HIT : r,
      linked: linked(m.place.id),
      events: m.events.length + m.about.length,
    };
    if (m.events.length === 0) aboutOnly.add(m.place.id);
    all.push(mark);
    if (x >= -r && x <= size.width + r && y >= -r && y <= size.height + r) {
      screen.get(m.approximate)!.push(mark);
    }
  }
  const deepest = camera.zoom >= MAX_ZOOM - 1e-6;
  const groups: SceneGroup[] = [];
  for (const approximate of [true, false]) {
    const radius = approximate ? haloRadius : pinRadius;
    // Pins part when their drawn circles would touch; halos only when their centres would.
    const overlap = (members: readonly ScreenMark[]) =>
      approximate ? HALO_HIT : members.length === 1 ? members[0]!.r : radius(eventCount(members));
    for (const group of clusterMarks(screen.get(approximate)!, overlap)) {
      const lone = group.members.length === 1;
      if (!lone && deepest) {
        for (const m of spreadRing(group)) {
          groups.push({
            key: m.id,
            members: [m],
            x: m.x,
            y: m.y,
            r: m.r,
            approximate,
            from: [group.x, group.y],
            aboutOnly: aboutOnly.has(m.id),
          });
        }
        continue;
      }
      groups.push({
        ...group,
        key: group.members.map((m) => m.id).join('+'),
        r: lone ? group.members[0]!.r : radius(eventCount(group.members)),
        approximate,
        from: null,
        aboutOnly: group.members.every((m) => aboutOnly.has(m.id)),
      });
    }
  }
  groups.sort(
    (a, b) =>
      Number(b.approximate) - Number(a.approximate) || b.r - a.r || (a.key < b.key ? -1 : 1),
  );
  const pointers = edgePointers(all, size);
  const labels = placeLabels(
    groups.map((group) => ({ group, r: group.r, solid: !group.approximate })),
    size,
    fontPx,
    pointers.map((p) => pointerBox(p, size, fontPx)),
  );
  return { transform, groups, labels, pointers };
}
