export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Prints "name  figure / budget  ok|MISSED" rows; returns true when every budget was met. */
export function report(title, rows) {
  console.log(`\n${title}`);
  let ok = true;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const met = row.budget === undefined || row.value <= row.budget;
    ok &&= met;
    const budget = row.budget === undefined ? "" : ` / budget ${row.budget} ${row.unit}`;
    console.log(`  ${row.name.padEnd(width)}  ${row.value.toFixed(1)} ${row.unit}${budget}  ${row.budget === undefined ? "" : met ? "ok" : "MISSED"}`);
  }
  return ok;
}
