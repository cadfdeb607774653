import { useId } from 'react';
import { ROLES, type Role } from '../../domain/types';
import type { FacetRoles } from './FacetGroup';

/**
 * Radio buttons that narrow a facet to one role ("Where it happened", "What it is about") or
 * leave it matching either, the default.
 */
export function RoleChoice({ legend, roles }: { legend: string; roles: FacetRoles }) {
  const name = useId();
  const choices: (Role | null)[] = [null, ...ROLES];
  return (
    <fieldset className="facet-roles">
      <legend className="visually-hidden">Match {legend.toLowerCase()} by role</legend>
      {choices.map((role) => (
        <label key={role ?? 'either'} className="facet-role">
          <input
            type="radio"
            name={name}
            checked={roles.chosen === role}
            onChange={() => roles.onChoose(role)}
          />
          {roles.words.choice[role ?? 'either']}
        </label>
      ))}
    </fieldset>
  );
}
