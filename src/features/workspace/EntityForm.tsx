import { useId, useState, type FormEvent } from 'react';
import { ACTOR_KINDS, PLACE_KINDS, type ActorKind, type PlaceKind } from '../../domain/types';
import type { CityCandidate } from '../../domain/workspace/cityCandidates';
import { actorCreated, gazetteerIdFor, placeCreated } from '../../domain/workspace/edits/gazetteer';
import { useAppStore, useStoreApi } from '../../state/store';
import { findCities } from './gazetteer';
import type { Created } from './NamedInEvents';
import { useWorkspaceEdit } from './useWorkspaceEdit';
import { Problems, SubmitOrCancel } from './Problems';

interface Props {
  entity: 'actor' | 'place';
  /** The name as selected in the article. */
  name: string;
  /** Called with the actor or place made, or null when the form was cancelled. */
  onDone: (created: Created | null) => void;
}

const NONE: readonly { id: string; name: string; kind: string }[] = [];
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
const coordinate = (s: string) => (s.trim() === '' ? null : Number(s));

/**
 * A new actor or place named from the article's words, with its aliases (other spellings the
 * articles use). A city needs coordinates: the offline gazetteer offers candidates, or type them.
 */
export function EntityForm({ entity, name: selected, onDone }: Props) {
  const id = useId();
  const apply = useWorkspaceEdit();
  const store = useStoreApi();
  const countries = useAppStore((s) => s.workspace?.places ?? NONE).filter(
    (p) => p.kind === 'country',
  );
  const [name, setName] = useState(selected);
  const [aliases, setAliases] = useState('');
  const [actorKind, setActorKind] = useState<ActorKind>('person');
  const [role, setRole] = useState('');
  const [placeKind, setPlaceKind] = useState<PlaceKind>('city');
  const [country, setCountry] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [candidates, setCandidates] = useState<CityCandidate[] | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const story = store.getState().workspace;
    const madeId = story ? gazetteerIdFor(story, entity, name.trim()) : '';
    const outcome = apply((s) =>
      entity === 'actor'
        ? actorCreated(s, {
            name,
            aliases: list(aliases),
            kind: actorKind,
            role,
            affiliation: null,
          })
        : placeCreated(s, {
            name,
            aliases: list(aliases),
            kind: placeKind,
            country: country === '' ? null : country,
            lat: coordinate(lat),
            lon: coordinate(lon),
          }),
    );
    if (outcome.ok) onDone({ entity, id: madeId, name: name.trim() });
    else setReasons(outcome.reasons);
  };
  const label = entity === 'actor' ? 'New actor' : 'New place';
  return (
    <form className="ws-entity" onSubmit={submit} aria-label={label}>
      <h4>{label}</h4>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor={`${id}-aliases`}>Other spellings in the articles (comma-separated)</label>
      <input id={`${id}-aliases`} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      {entity === 'actor' ? (
        <>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={actorKind}
            onChange={(e) => setActorKind(e.target.value as ActorKind)}
          >
            {ACTOR_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <label htmlFor={`${id}-role`}>Role (optional)</label>
          <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={placeKind}
            onChange={(e) => setPlaceKind(e.target.value as PlaceKind)}
          >
            {PLACE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          {placeKind !== 'country' && (
            <>
              <label htmlFor={`${id}-country`}>Country</label>
              <select
                id={`${id}-country`}
                value={country}
                onChange={(e) => setCountry(e.target.value)}
              >
                <option value="">not given</option>
                {countries.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <div className="ws-row">
            <button
              type="button"
              className="button"
              onClick={() => void findCities(name).then(setCandidates)}
            >
              Find coordinates
            </button>
            <span>
              <label htmlFor={`${id}-lat`}>Latitude</label>
              <input
                id={`${id}-lat`}
                inputMode="decimal"
                value={lat}
                onChange={(e) => setLat(e.target.value)}
              />
            </span>
            <span>
              <label htmlFor={`${id}-lon`}>Longitude</label>
              <input
                id={`${id}-lon`}
                inputMode="decimal"
                value={lon}
                onChange={(e) => setLon(e.target.value)}
              />
            </span>
          </div>
          {candidates !== null && (
            <fieldset className="ws-checks">
              <legend>Cities called “{name}” in the offline gazetteer</legend>
              {candidates.length === 0 && <p className="ws-hint">None: type the coordinates.</p>}
              {candidates.map((c) => (
                <label key={c.label + c.lat}>
                  <input
                    type="radio"
                    name={`${id}-candidate`}
                    checked={lat === String(c.lat) && lon === String(c.lon)}
                    onChange={() => {
                      setLat(String(c.lat));
                      setLon(String(c.lon));
                    }}
                  />
                  {c.label} ({c.lat}, {c.lon})
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      <SubmitOrCancel label={`Add ${entity}`} onCancel={() => onDone(null)} />
      <Problems reasons={reasons} />
    </form>
  );
}
