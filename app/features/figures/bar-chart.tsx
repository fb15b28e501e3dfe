/**
 * A bar chart drawn on the server as inline SVG: no chart library and no JavaScript, so it is
 * there before (and without) scripts and never shifts the layout. The SVG is one image with a
 * name (role="img"); the numbers themselves are in the table the page puts beside every chart,
 * which is what a screen reader user reads.
 *
 * It scales with its container (viewBox, width 100%), so at 320 px it shrinks instead of
 * making the page scroll sideways. For right-to-left pages the drawing is mirrored (bars grow
 * from the right, time runs right to left); text keeps its anchors because the SVG inherits
 * the page's direction, where "start" is the right-hand side.
 */
export type ChartBar = {
  key: string;
  /** Shown beside the bar (rows) or under it (columns, see `tick`). */
  label: string;
  /** One value per series; more than one series are stacked. */
  values: number[];
  /** Short label under a column ("27" for week 27); columns without one get no tick. */
  tick?: string;
};

type Props = {
  /** The accessible name of the image. */
  name: string;
  bars: ChartBar[];
  /** Series names for the legend, only needed for stacked bars. */
  series?: string[];
  /** "rows": a few bars with their labels (per type, per answer); "columns": a time series. */
  layout?: "rows" | "columns";
  rtl?: boolean;
};

// Each at least 6:1 against white, beyond the 3:1 WCAG asks of graphics (1.4.11). Stacked
// segments are also parted by a white gap, and the table says the same without colour.
export const SERIES_COLOURS = ["#154273", "#b3261e"] as const;
const AXIS = "#595959";
const TEXT = "#1a1a1a";
const WIDTH = 360;

export function BarChart({ name, bars, series = [], layout = "rows", rtl = false }: Props) {
  const chart = layout === "rows" ? rowsChart(bars, series) : columnsChart(bars);
  const mirror = (x: number, width = 0) => (rtl ? WIDTH - x - width : x);
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`0 0 ${WIDTH} ${chart.height}`}
      width="100%"
      direction={rtl ? "rtl" : "ltr"}
      className="meedoen-bar-chart"
      style={{ display: "block", inlineSize: "100%", maxInlineSize: layout === "rows" ? "30rem" : "40rem", blockSize: "auto", marginBlock: "1rem" }}
    >
      {chart.rects.map((r) => (
        <rect key={r.key} x={mirror(r.x, r.width)} y={r.y} width={r.width} height={r.height} fill={r.fill} />
      ))}
      {chart.texts.map((t) => (
        <text key={t.key} x={mirror(t.x)} y={t.y} fontSize={t.size} fill={t.fill ?? TEXT} textAnchor={t.anchor ?? "start"} fontWeight={t.bold ? 700 : undefined}>
          {t.text}
        </text>
      ))}
    </svg>
  );
}

type Rect = { key: string; x: number; y: number; width: number; height: number; fill: string };
type Text = { key: string; x: number; y: number; text: string; size: number; anchor?: "start" | "middle" | "end"; fill?: string; bold?: boolean };

const total = (bar: ChartBar) => bar.values.reduce((sum, value) => sum + value, 0);

/** Horizontal bars, each with its label above it and its total after it. */
function rowsChart(bars: ChartBar[], series: string[]) {
  const pad = 4;
  const row = 48;
  const valueRoom = 48;
  const legend = series.length > 1 ? 28 : 0;
  const maxWidth = WIDTH - pad * 2 - valueRoom;
  const max = Math.max(1, ...bars.map(total));
  const rects: Rect[] = [];
  const texts: Text[] = [];
  series.forEach((label, i) => {
    if (series.length < 2) return;
    const x = pad + i * 150;
    rects.push({ key: `legend-${i}`, x, y: 4, width: 16, height: 16, fill: SERIES_COLOURS[i % SERIES_COLOURS.length]! });
    texts.push({ key: `legend-${i}`, x: x + 22, y: 17, text: label, size: 14 });
  });
  bars.forEach((bar, i) => {
    const top = legend + i * row;
    texts.push({ key: `label-${bar.key}`, x: pad, y: top + 15, text: bar.label, size: 15 });
    let x = pad;
    bar.values.forEach((value, s) => {
      const width = (value / max) * maxWidth;
      if (width <= 0) return;
      rects.push({ key: `bar-${bar.key}-${s}`, x, y: top + 21, width, height: 20, fill: SERIES_COLOURS[s % SERIES_COLOURS.length]! });
      // The count inside a stacked segment when it fits, in white (over 6:1 on both colours).
      if (bar.values.length > 1 && width >= String(value).length * 8 + 8) {
        texts.push({ key: `seg-${bar.key}-${s}`, x: x + width / 2, y: top + 36, text: String(value), size: 13, anchor: "middle", fill: "#ffffff", bold: true });
      }
      // The white gap that keeps stacked segments apart without relying on colour.
      x += width + (bar.values.length > 1 ? 2 : 0);
    });
    texts.push({ key: `value-${bar.key}`, x: x + 6, y: top + 36, text: String(total(bar)), size: 15, bold: true });
  });
  const height = legend + bars.length * row + pad;
  // The axis the bars grow from.
  rects.push({ key: "axis", x: pad - 2, y: legend + 18, width: 2, height: Math.max(0, height - legend - 18 - pad), fill: AXIS });
  return { height, rects, texts };
}

/** Vertical columns for a time series: the highest value on a guide line, ticks under some columns. */
function columnsChart(bars: ChartBar[]) {
  const left = 34;
  const right = WIDTH - 4;
  const top = 12;
  const baseline = 172;
  const height = baseline + 22;
  const max = Math.max(1, ...bars.map(total));
  const slot = (right - left) / Math.max(1, bars.length);
  const every = Math.max(1, Math.ceil(bars.length / 7));
  const rects: Rect[] = [
    { key: "guide", x: left, y: top, width: right - left, height: 1, fill: AXIS },
    { key: "baseline", x: left, y: baseline, width: right - left, height: 2, fill: AXIS },
  ];
  const texts: Text[] = [
    { key: "max", x: left - 4, y: top + 5, text: String(max), size: 13, anchor: "end" },
    { key: "zero", x: left - 4, y: baseline + 5, text: "0", size: 13, anchor: "end" },
  ];
  bars.forEach((bar, i) => {
    const value = total(bar);
    const barHeight = (value / max) * (baseline - top);
    const width = Math.max(2, slot * 0.7);
    const x = left + i * slot + (slot - width) / 2;
    if (barHeight > 0) rects.push({ key: `bar-${bar.key}`, x, y: baseline - barHeight, width, height: barHeight, fill: SERIES_COLOURS[0] });
    // Counts over the columns only when there is room for them.
    if (slot >= 18) texts.push({ key: `value-${bar.key}`, x: x + width / 2, y: baseline - barHeight - 4, text: String(value), size: 12, anchor: "middle" });
    if (bar.tick && i % every === 0) texts.push({ key: `tick-${bar.key}`, x: x + width / 2, y: baseline + 18, text: bar.tick, size: 13, anchor: "middle" });
  });
  return { height, rects, texts };
}
