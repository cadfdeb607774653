// Imports carry `.ts`: this module is loaded by vite.config.ts (through validateDataset.ts).
import { ROLE_FIELDS } from '../types.ts';

/**
 * Problems in one event's role lists for an entity (`actors`/`aboutActors` or
 * `places`/`aboutPlaces`): unknown ids, an id listed twice, an id in both roles.
 */
export function checkRoles(
  e: Partial<Record<'actors' | 'places' | 'aboutActors' | 'aboutPlaces', readonly string[]>>,
  entity: 'actor' | 'place',
  known: ReadonlySet<string>,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const fields = ROLE_FIELDS[entity];
  const roleOf = new Map<string, string>();
  for (const field of [fields.part, fields.about]) {
    (e[field] ?? []).forEach((id, i) => {
      const at = `${field}[${i}]`;
      if (!known.has(id)) out.push({ field: at, message: `unknown ${entity} "${id}"` });
      const earlier = roleOf.get(id);
      if (earlier === field) out.push({ field: at, message: `"${id}" is listed twice` });
      else if (earlier !== undefined)
        out.push({
          field: at,
          message: `"${id}" is already in ${earlier}: ${entity === 'actor' ? 'an actor' : 'a place'} holds one role in an event`,
        });
      else roleOf.set(id, field);
    });
  }
  return out;
}
