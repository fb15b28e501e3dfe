import type { ReactNode } from "react";

export type SummaryRow = { label: ReactNode; value: ReactNode; key?: string; dir?: "ltr" };

/**
 * Label–value pairs (a GOV.UK-style summary list) as a description list: screen readers
 * announce each value with its label. `dir="ltr"` keeps references and numbers readable on
 * an Arabic page.
 */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="meedoen-summary">
      {rows.map((row, index) => (
        <div key={row.key ?? (typeof row.label === "string" ? row.label : index)}>
          <dt>{row.label}</dt>
          <dd dir={row.dir}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
