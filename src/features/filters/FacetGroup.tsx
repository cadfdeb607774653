import { memo, useId, useRef, useState, type ReactNode } from 'react';
import { foldForSearch, plural } from '../../domain/view/format';
import { EscapeLevel, useEscapeLayer } from '../../shared/escapeLayers';
import { KindSymbol } from '../../shared/KindSymbol';
import type { Role } from '../../domain/types';
import type { RoleWords } from '../../domain/view/roles';
import type { FacetOption, OptionGroup } from './facetOptions';
import { RoleChoice } from './RoleChoice';

/** Lists longer than this get a search box. */
const SEARCH_THRESHOLD = 8;

/**
 * Rows per block of a list. Each block skips layout and paint while out of view
 * (`content-visibility: auto` in filters.css), so a list of a thousand sources costs its first
 * render only the rows in view. The browser checks every such element's visibility after each
 * frame that changes layout anywhere on the page (every zoom frame of the chart): blocks keep
 * that check to a few dozen elements where one per row made it a thousand.
 */
const ROWS_PER_BLOCK = 32;

/** The options in blocks of ROWS_PER_BLOCK, in order. */
function blocksOf(options: FacetOption[]): FacetOption[][] {
  const blocks: FacetOption[][] = [];
  for (let i = 0; i < options.length; i += ROWS_PER_BLOCK)
    blocks.push(options.slice(i, i + ROWS_PER_BLOCK));
  return blocks;
}

export interface FacetGroupProps {
  /** The facet's name, e.g. "Actors". */
  legend: string;
  groups: OptionGroup[];
  /** Give a stable function: options whose count and state are unchanged then skip rendering. */
  onToggle: (id: string) => void;
  /** Shown after each option, e.g. a "Read" button for a source (give a stable function). */
  renderExtra?: (id: string, name: string) => ReactNode;
  /** For actors and places: the words for each role, the role chosen and how to choose one. */
  roles?: FacetRoles;
}

/** The role choice of a facet whose values have roles (actors, places). */
export interface FacetRoles {
  /** How the roles read: the radio labels, the per-role counts. */
  words: RoleWords;
  chosen: Role | null;
  onChoose: (role: Role | null) => void;
}

/** "2 where, 5 about" when the option has events in the "about" role. */
function roleSplit(option: FacetOption, roles: FacetRoles | undefined): string {
  const counts = option.roleCounts;
  if (!roles || !counts || counts.about === 0) return '';
  return `${counts.part} ${roles.words.count.part}, ${counts.about} ${roles.words.count.about}`;
}

/**
 * One facet: a fieldset of real, labelled checkboxes in sub-groups, each option with how many
 * events it would leave; long lists get search-as-you-type (name, aliases and detail).
 */
export function FacetGroup({ legend, groups, onToggle, renderExtra, roles }: FacetGroupProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  // Escape in the search clears it (before it closes anything behind, such as the drawer).
  useEscapeLayer(EscapeLevel.field, query === '' ? null : () => setQuery(''), search);
  const total = groups.reduce((n, g) => n + g.options.length, 0);
  const needle = foldForSearch(query.trim());
  const visible = groups
    .map((g) => ({
      ...g,
      options: g.options.filter(
        (o) =>
          needle === '' || foldForSearch(`${o.name} ${o.keywords} ${o.detail}`).includes(needle),
      ),
    }))
    .filter((g) => g.options.length > 0);
  const active = groups.reduce((n, g) => n + g.options.filter((o) => o.checked).length, 0);

  if (total === 0) return null;
  return (
    <fieldset className="facet">
      <legend className="facet-legend">
        {legend}
        {active > 0 && <span className="facet-active"> · {active} on</span>}
      </legend>
      {roles && <RoleChoice legend={legend} roles={roles} />}
      {total > SEARCH_THRESHOLD && (
        <div className="facet-search">
          <label htmlFor={searchId} className="visually-hidden">
            Search {legend.toLowerCase()}
          </label>
          <input
            ref={search}
            id={searchId}
            type="search"
            placeholder={`Search ${legend.toLowerCase()}…`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      {visible.length === 0 && <p className="facet-none">No match for “{query}”.</p>}
      {visible.map((g) => (
        <fieldset className="facet-subgroup" key={g.label}>
          <legend className={groups.length > 1 ? 'facet-subheading' : 'visually-hidden'}>
            {g.label}
          </legend>
          {/* The rows sit in blocks (ROWS_PER_BLOCK), which <ul> cannot hold: ARIA roles on
              divs give one list of every row, the blocks having no role. */}
          {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- see above */}
          <div role="list" className="facet-options">
            {blocksOf(g.options).map((block, b) => (
              <div className="facet-block" key={b}>
                {block.map((o) => (
                  <FacetOptionRow
                    key={o.id}
                    id={o.id}
                    name={o.name}
                    detail={o.detail}
                    kind={o.kind}
                    count={o.count}
                    checked={o.checked}
                    split={roleSplit(o, roles)}
                    idPrefix={searchId}
                    onToggle={onToggle}
                    renderExtra={renderExtra}
                  />
                ))}
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

interface FacetOptionRowProps {
  id: string;
  name: string;
  detail: string;
  kind: FacetOption['kind'];
  count: number;
  checked: boolean;
  /** The per-role counts as words, or ''. */
  split: string;
  /** Prefix of the detail's element id (unique per facet). */
  idPrefix: string;
  onToggle: (id: string) => void;
  renderExtra: FacetGroupProps['renderExtra'];
}

/**
 * One option. Memoised on primitive props: a filter change re-renders only the options whose
 * count or state changed, and touches a checkbox only when its state did (React rewrites an
 * input's attributes on every update, which costs a few hundred options real time).
 */
const FacetOptionRow = memo(function FacetOptionRow(props: FacetOptionRowProps) {
  const { id, name, detail, kind, count, checked, split, idPrefix, onToggle, renderExtra } = props;
  const detailId = detail ? `${idPrefix}-${id}` : undefined;
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a row of a block (FacetGroup)
    <div role="listitem" className={count === 0 && !checked ? 'facet-row is-empty' : 'facet-row'}>
      <label className="facet-option">
        <FacetCheckbox id={id} checked={checked} describedBy={detailId} onToggle={onToggle} />
        <span className="facet-name">
          {kind && (
            <>
              <KindSymbol kind={kind} />{' '}
            </>
          )}
          {name}
          <span className="visually-hidden">{` (${plural(count, 'event')}${split ? `: ${split}` : ''})`}</span>
          {detail && (
            <span className="facet-detail" id={detailId} aria-hidden="true">
              {detail}
            </span>
          )}
        </span>
        <span
          className="facet-count"
          aria-hidden="true"
          title={split ? `${plural(count, 'event')}: ${split}` : undefined}
        >
          {count}
        </span>
      </label>
      {renderExtra?.(id, name)}
    </div>
  );
});

interface FacetCheckboxProps {
  id: string;
  checked: boolean;
  describedBy: string | undefined;
  onToggle: (id: string) => void;
}

/** The option's checkbox, re-rendered only when its state changes (see FacetOptionRow). */
const FacetCheckbox = memo(function FacetCheckbox(props: FacetCheckboxProps) {
  const { id, checked, describedBy, onToggle } = props;
  return (
    <input
      type="checkbox"
      checked={checked}
      onChange={() => onToggle(id)}
      aria-describedby={describedBy}
    />
  );
});
