import type { ComponentChildren } from 'preact';

export interface Fact {
  label: string;
  value: ComponentChildren;
}

/** Label/value rows as a description list; rows with no value are left out rather than shown empty. */
/** Rows may be falsy (written as `cond && {…}`); those are skipped. */
export type MaybeFact = Fact | null | false | undefined | '' | 0;

export function FactList({ facts }: { facts: readonly MaybeFact[] }) {
  const rows = facts.filter((f): f is Fact => !!f && f.value !== undefined && f.value !== null && f.value !== '');
  if (!rows.length) return null;
  return (
    <dl class="kx-facts">
      {rows.map((fact) => (
        <div class="kx-facts__row" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
