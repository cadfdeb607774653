import type { ReactNode } from 'react';
import { ROLE_FIELDS, ROLES, type DatasetEvent } from '../../domain/types';
import { ROLE_WORDS } from '../../domain/view/roles';
import { actorLink } from '../../domain/view/url';
import { useInAppHref } from '../../state/links';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- chips
import '../../shared/chips.css';

/** One role's chips under a short visible label; the hidden words say which role it is. */
function Role(props: {
  label: string;
  hidden: string;
  ids: readonly string[];
  chip: (id: string) => ReactNode;
}) {
  if (props.ids.length === 0) return null;
  return (
    <div className="entity-role">
      <h3 className="entity-heading">
        {props.label} <span className="visually-hidden">{props.hidden}</span>
      </h3>
      <ul className="chip-list">{props.ids.map(props.chip)}</ul>
    </div>
  );
}

/**
 * An event's actors and places by role: "Who" took part and who it is "About"; "Where" it
 * happened and what place it is "About". Actors open their page and have a Filter toggle;
 * places are filter toggles. (Filters match either role.)
 */
export function EventEntities({ event }: { event: DatasetEvent }) {
  const filters = useAppStore((s) => s.view.filters);
  const index = useDatasetIndex();
  const { actorToggled, placeToggled, actorOpened } = useActions();
  const inApp = useInAppHref();

  const placeChip = (id: string) => {
    const name = index.places.get(id)?.name ?? id;
    const pressed = filters.places.includes(id);
    return (
      <li key={id}>
        <button
          type="button"
          className="chip"
          aria-pressed={pressed}
          aria-label={`Filter by place: ${name}`}
          title={pressed ? `Stop filtering by ${name}` : `Show only events with ${name}`}
          onClick={() => placeToggled(id)}
        >
          {name}
        </button>
      </li>
    );
  };

  // An actor: the name opens their page (every event and quote), a small toggle filters by them.
  const actorChip = (id: string) => {
    const name = index.actors.get(id)?.name ?? id;
    const pressed = filters.actors.includes(id);
    return (
      <li key={id} className="actor-chip">
        <a
          className="chip actor-chip-link"
          href={inApp(actorLink(id))}
          aria-label={`${name}: all their events and quotes`}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            actorOpened(id);
          }}
        >
          {name}
        </a>
        <button
          type="button"
          className="chip actor-chip-filter"
          aria-pressed={pressed}
          aria-label={`Filter by actor: ${name}`}
          title={pressed ? `Stop filtering by ${name}` : `Show only events with ${name}`}
          onClick={() => actorToggled(id)}
        >
          Filter
        </button>
      </li>
    );
  };

  const rows = (['actor', 'place'] as const)
    .map((entity) => ({
      entity,
      ids: { part: event[ROLE_FIELDS[entity].part], about: event[ROLE_FIELDS[entity].about] },
      chip: entity === 'actor' ? actorChip : placeChip,
    }))
    .filter((row) => row.ids.part.length + row.ids.about.length > 0);
  if (rows.length === 0) return null;
  return (
    <div className="event-entities">
      {rows.map(({ entity, ids, chip }) => (
        <div key={entity} className="entity-row">
          {ROLES.map((role) => (
            <Role
              key={role}
              label={ROLE_WORDS[entity].heading[role]}
              hidden={ROLE_WORDS[entity].hidden[role]}
              ids={ids[role]}
              chip={chip}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
