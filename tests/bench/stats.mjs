export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Prints "name  figure / budget  ok|MISSED" rows; returns true when every budget was met. A row's
 * budget is a maximum, or a minimum with `atLeast: true`; `digits` sets the decimals (default 1).
 */
export function report(title, rows) {
  console.log(`\n${title}`);
  let ok = true;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const met = row.budget === undefined || (row.atLeast ? row.value >= row.budget : row.value <= row.budget);
    ok &&= met;
    const unit = row.unit ? ` ${row.unit}` : "";
    const budget = row.budget === undefined ? "" : ` / budget ${row.atLeast ? "≥ " : ""}${row.budget}${unit}`;
    console.log(`  ${row.name.padEnd(width)}  ${row.value.toFixed(row.digits ?? 1)}${unit}${budget}  ${row.budget === undefined ? "" : met ? "ok" : "MISSED"}`);
  }
  return ok;
}
