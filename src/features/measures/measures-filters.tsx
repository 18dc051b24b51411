import { useStore } from '@nanostores/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { forwardRef, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { MeasureStatus, Plan, WorkArea } from '../../api/schemas';
import { QueryState } from '../../components/query-state';
import { StatusGlyph } from '../../components/status-badge';
import { statusMessages } from '../../i18n/messages';
import type { MeasureSearch } from '../../lib/measure-search';
import { statusOrder } from '../../lib/status-style';
import { useMeasuresWide } from './measures-results';
import type { Chip, FilterValues } from './measures-view';
import { measuresMessages } from './messages';

/** `typing`: a key in the search box (see continuesTypingBurst); `replace`: no new history entry. */
export type FilterChange = (patch: Partial<MeasureSearch>, options?: { replace?: boolean; typing?: boolean }) => void;

interface Option<T> {
  value: T;
  label: ReactNode;
}

function CheckList<T extends string | number>({
  options,
  selected,
  onChange,
}: {
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <ul className="measures-filter__options">
      {options.map((option) => {
        const checked = selected.includes(option.value);
        return (
          <li key={String(option.value)}>
            <label className="measures-filter__option">
              <input
                type="checkbox"
                checked={checked}
                onChange={(event) =>
                  onChange(
                    event.currentTarget.checked
                      ? [...selected, option.value]
                      : selected.filter((value) => value !== option.value),
                  )
                }
              />
              <span>{option.label}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One filter as a disclosure: on wide screens all stand open in the filter column; otherwise they
 * form a compact bar whose panels open one at a time (exclusive `name`), and close with Escape or a
 * click elsewhere.
 */
function FilterGroup({ legend, selected, children }: { legend: string; selected: number; children: ReactNode }) {
  const wide = useMeasuresWide();
  const [userOpen, setUserOpen] = useState<boolean | undefined>(undefined);
  const open = userOpen ?? wide;
  const ref = useRef<HTMLDetailsElement>(null);
  const dropdown = open && !wide;
  useEffect(() => {
    if (!dropdown) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) setUserOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setUserOpen(false);
      if (ref.current?.contains(document.activeElement)) ref.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [dropdown]);
  return (
    <details
      ref={ref}
      className="measures-filter"
      open={open}
      name={wide ? undefined : 'measures-filter'}
      onToggle={(event) => setUserOpen(event.currentTarget.open)}
    >
      <summary className="measures-filter__summary">
        {legend}
        {selected > 0 ? <span className="badge measures-filter__count">{selected}</span> : null}
      </summary>
      <fieldset className="measures-filter__panel">
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}

interface SearchBoxProps {
  value: string;
  onChange: FilterChange;
}

/** The free-text search; one history entry per typing burst, not per key. */
export const MeasuresSearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function MeasuresSearchBox(
  { value, onChange },
  ref,
) {
  const t = useStore(measuresMessages);
  const id = useId();
  return (
    <div className="measures-search" role="search">
      <label htmlFor={`${id}-q`}>{t.search}</label>
      <input
        ref={ref}
        id={`${id}-q`}
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange({ q: event.currentTarget.value }, { typing: true })}
      />
      <p id={`${id}-hint`} className="measures-search__hint muted">
        {t.searchHint}
      </p>
    </div>
  );
});

interface FilterPanelProps {
  values: FilterValues;
  onChange: FilterChange;
  workAreas: UseQueryResult<WorkArea[]>;
  plan: UseQueryResult<Plan>;
  tags: readonly string[];
  dueYears: readonly number[];
}

export function MeasuresFilterPanel({ values, onChange, workAreas, plan, tags, dueYears }: FilterPanelProps) {
  const t = useStore(measuresMessages);
  const ts = useStore(statusMessages);
  const id = useId();
  const statusOptions: Option<MeasureStatus>[] = statusOrder.map((status) => ({
    value: status,
    label: (
      <>
        <StatusGlyph status={status} /> {ts[status]}
      </>
    ),
  }));
  return (
    <div className="measures-filters__groups">
      <FilterGroup legend={t.workArea} selected={values.bereich.length}>
        <QueryState query={workAreas} what="workAreas" skeleton={<div className="skeleton measures-filter__skeleton" />}>
          {(areas) => (
            <CheckList
              options={areas.map((area) => ({ value: area.id, label: area.name }))}
              selected={values.bereich}
              onChange={(bereich) => onChange({ bereich })}
            />
          )}
        </QueryState>
      </FilterGroup>
      <FilterGroup legend={t.status} selected={values.status.length}>
        <CheckList options={statusOptions} selected={values.status} onChange={(status) => onChange({ status })} />
      </FilterGroup>
      <FilterGroup legend={t.lead} selected={values.partner.length}>
        <QueryState query={plan} what="plan" skeleton={<div className="skeleton measures-filter__skeleton" />}>
          {(data) => (
            <CheckList
              options={data.partners.map((partner) => ({ value: partner.id, label: partner.name }))}
              selected={values.partner}
              onChange={(partner) => onChange({ partner })}
            />
          )}
        </QueryState>
      </FilterGroup>
      {tags.length > 0 ? (
        <FilterGroup legend={t.tag} selected={values.tag.length}>
          <CheckList
            options={tags.map((tag) => ({ value: tag, label: tag }))}
            selected={values.tag}
            onChange={(tag) => onChange({ tag })}
          />
        </FilterGroup>
      ) : null}
      {dueYears.length > 0 ? (
        <FilterGroup legend={t.dueYear} selected={values.faellig.length}>
          <CheckList
            options={dueYears.map((year) => ({ value: year, label: String(year) }))}
            selected={values.faellig}
            onChange={(faellig) => onChange({ faellig })}
          />
        </FilterGroup>
      ) : null}
      <div className="measures-filter measures-filter--single">
        <label className="measures-filter__option">
          <input
            type="checkbox"
            checked={values.ueberfaellig === '1'}
            disabled={!plan.data}
            aria-describedby={`${id}-overdue`}
            onChange={(event) => onChange({ ueberfaellig: event.currentTarget.checked ? '1' : undefined })}
          />
          <span>{t.overdueOnly}</span>
        </label>
        <p id={`${id}-overdue`} className="muted measures-filter__hint">
          {t.overdueHint}
        </p>
      </div>
    </div>
  );
}

interface ChipsProps {
  chips: readonly Chip[];
  onChange: FilterChange;
  onReset: () => void;
}

/** The active filters as buttons: one click removes one; "Alle zurücksetzen" removes all. */
export const MeasuresChips = forwardRef<HTMLDivElement, ChipsProps>(function MeasuresChips({ chips, onChange, onReset }, ref) {
  const t = useStore(measuresMessages);
  const id = useId();
  if (chips.length === 0) return null;
  return (
    <div className="measures-chips" ref={ref} tabIndex={-1} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="measures-chips__label">
        {t.activeFilters}:
      </span>
      <ul className="measures-chips__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="measures-chip" onClick={() => onChange(chip.remove)}>
              <span className="visually-hidden">{t.removeFilter}</span> {chip.label}
              <span aria-hidden="true" className="measures-chip__x">
                ✕
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small" onClick={onReset}>
        {t.resetAll}
      </button>
    </div>
  );
});
