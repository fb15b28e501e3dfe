import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading2, Paragraph } from "~/components/nlds";
import { textDirection } from "~/lib/i18n";
import { usePageLanguage } from "~/lib/use-page-language";
import { BarChart, type ChartBar } from "./bar-chart";
import type { FiguresPageData } from "./figures-page.server";

// The dashboard's parts. Every chart is followed by a table with the same numbers: the chart
// is for a quick look, the table is what a screen reader reads and what a teamleider copies.

type Period = FiguresPageData["period"];

export function usePeriodLabel() {
  const { t } = useTranslation("figures");
  return (period: Period) => t(`period.h${period.half}`, { year: period.year });
}

/** A GET form: each half year has its own address, and it works without JavaScript. */
export function PeriodForm({ period, periods }: { period: Period; periods: Period[] }) {
  const { t } = useTranslation("figures");
  const label = usePeriodLabel();
  return (
    <Form method="get" aria-label={t("period.formLabel")}>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="periode">
          {t("period.label")}
        </label>
        <select id="periode" name="periode" defaultValue={period.value} key={period.value} className="utrecht-select utrecht-select--html-select">
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {label(p)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" appearance="secondary">
        {t("period.show")}
      </Button>
    </Form>
  );
}

/** Chart (unless there is nothing to draw) and the table with the same numbers. */
function ChartWithTable({ title, bars, series, layout, empty, table }: { title: string; bars: ChartBar[]; series?: string[]; layout?: "rows" | "columns"; empty: string; table: ReactNode }) {
  const { t } = useTranslation("figures");
  const { lang } = usePageLanguage();
  const nothing = bars.every((bar) => bar.values.every((value) => value === 0));
  return (
    <>
      <h3 className="utrecht-heading-3">{title}</h3>
      {nothing ? <Paragraph>{empty}</Paragraph> : <BarChart name={t("chartName", { title })} bars={bars} series={series} layout={layout} rtl={textDirection(lang) === "rtl"} />}
      {table}
    </>
  );
}

/** A table that scrolls sideways inside a focusable region on a narrow screen, instead of the page. */
function DataTable({ id, caption, head, rows, foot }: { id: string; caption: string; head: string[]; rows: ReactNode[][]; foot?: ReactNode[] }) {
  const number = { textAlign: "end" } as const;
  const cells = (row: ReactNode[]) =>
    row.map((cell, i) =>
      i === 0 ? (
        <th scope="row" key={i}>
          {cell}
        </th>
      ) : (
        <td key={i} style={number}>
          {cell}
        </td>
      ),
    );
  return (
    <div className="meedoen-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      {/* A table of two or three columns fits a phone: no need for the wide tables' minimum width. */}
      <table className="meedoen-table" style={head.length <= 3 ? { minInlineSize: "auto" } : undefined}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th scope="col" key={cell} style={i === 0 ? undefined : number}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>{cells(row)}</tr>
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <tr>{cells(foot)}</tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export function CasesSection({ data }: { data: FiguresPageData }) {
  const { t } = useTranslation("figures");
  const period = usePeriodLabel()(data.period);
  const none = t("noValue");
  const type = (c: FiguresPageData["cases"][number]) => t(`types.${c.type}`);
  // Two tables, each beside the chart it belongs to: one table with all eight columns would
  // not fit even a desktop screen.
  const inHead = ["type", "received", "decided", "medianDays"].map((column) => t(`cases.columns.${column}`));
  const inRow = (label: string, c: FiguresPageData["totals"]) => [label, c.received, c.decided, c.medianDays ?? none];
  const timeHead = ["type", "decidedOnTime", "decidedLate", "openOverdue", "overdue"].map((column) => t(`cases.columns.${column}`));
  const timeRow = (label: string, c: FiguresPageData["totals"]) => [label, c.decidedOnTime, c.decidedLate, c.openOverdue, c.overdue];
  return (
    <section aria-labelledby="figures-cases">
      <Heading2 id="figures-cases">{t("cases.title")}</Heading2>
      <ChartWithTable
        title={t("cases.receivedChart")}
        bars={data.cases.map((c) => ({ key: c.type, label: type(c), values: [c.received] }))}
        empty={t("cases.noneReceived")}
        table={<DataTable id="figures-cases-table" caption={t("cases.caption", { period })} head={inHead} rows={data.cases.map((c) => inRow(type(c), c))} foot={inRow(t("cases.total"), data.totals)} />}
      />
      <Paragraph>{t("cases.explainMedian")}</Paragraph>
      <ChartWithTable
        title={t("cases.decidedChart")}
        bars={data.cases.map((c) => ({ key: c.type, label: type(c), values: [c.decidedOnTime, c.decidedLate] }))}
        series={[t("cases.onTime"), t("cases.late")]}
        empty={t("cases.noneDecided")}
        table={<DataTable id="figures-time-table" caption={t("cases.timeCaption", { period })} head={timeHead} rows={data.cases.map((c) => timeRow(type(c), c))} foot={timeRow(t("cases.total"), data.totals)} />}
      />
      <Paragraph>{t("cases.explainOnTime")}</Paragraph>
      <Paragraph>{t("cases.explainOverdue")}</Paragraph>
    </section>
  );
}

export function RegistrationsSection({ data }: { data: FiguresPageData }) {
  const { t } = useTranslation("figures");
  const period = usePeriodLabel()(data.period);
  return (
    <section aria-labelledby="figures-registrations">
      <Heading2 id="figures-registrations">{t("registrations.title")}</Heading2>
      <ChartWithTable
        title={t("registrations.chart")}
        layout="columns"
        bars={data.registrations.map((w) => ({ key: w.key, label: t("registrations.week", { week: w.week }), tick: String(w.week), values: [w.count] }))}
        empty={t("registrations.none")}
        table={
          <DataTable
            id="figures-registrations-table"
            caption={t("registrations.caption", { period })}
            head={[t("registrations.columns.week"), t("registrations.columns.from"), t("registrations.columns.count")]}
            rows={data.registrations.map((w) => [t("registrations.week", { week: w.week }), w.from, w.count])}
          />
        }
      />
    </section>
  );
}

/** Changes and periodic checks: cases of one type per month. */
export function MonthlySection({ id, months, section, note, period }: { id: string; months: FiguresPageData["changes"]; section: "changes" | "checks"; note?: string; period: Period }) {
  const { t } = useTranslation("figures");
  const periodLabel = usePeriodLabel()(period);
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{t(`${section}.title`)}</Heading2>
      {note ? <Paragraph>{note}</Paragraph> : null}
      <ChartWithTable
        title={t(`${section}.chart`)}
        bars={months.map((m) => ({ key: m.key, label: m.label, values: [m.count] }))}
        empty={t(`${section}.none`)}
        table={
          <DataTable
            id={`${id}-table`}
            caption={t(`${section}.caption`, { period: periodLabel })}
            head={[t("month"), t(`${section}.count`)]}
            rows={months.map((m) => [m.label, m.count])}
          />
        }
      />
    </section>
  );
}

export function PremiumsSection({ data }: { data: FiguresPageData }) {
  const { t } = useTranslation("figures");
  const period = usePeriodLabel()(data.period);
  const { premiums } = data;
  return (
    <section aria-labelledby="figures-premiums">
      <Heading2 id="figures-premiums">{t("premiums.title")}</Heading2>
      <DataTable
        id="figures-premiums-table"
        caption={t("premiums.caption", { period })}
        head={[t("premiums.columns.what"), t("premiums.columns.value")]}
        rows={[
          [t("premiums.granted"), premiums.granted],
          [t("premiums.budget"), premiums.budget],
          [t("premiums.withoutAmount"), premiums.withoutAmount],
        ]}
      />
      {premiums.withoutAmount > 0 ? <Paragraph>{t("premiums.withoutAmountNote", { number: premiums.withoutAmount })}</Paragraph> : null}
    </section>
  );
}

export function FeedbackSection({ data }: { data: FiguresPageData }) {
  const { t } = useTranslation("figures");
  const period = usePeriodLabel()(data.period);
  const total = data.feedback.reduce((sum, f) => sum + f.count, 0);
  return (
    <section aria-labelledby="figures-feedback">
      <Heading2 id="figures-feedback">{t("feedback.title")}</Heading2>
      <Paragraph>{t("feedback.intro")}</Paragraph>
      <ChartWithTable
        title={t("feedback.chart")}
        bars={data.feedback.map((f) => ({ key: f.answer, label: t(`feedback.answers.${f.answer}`), values: [f.count] }))}
        empty={t("feedback.none")}
        table={
          <DataTable
            id="figures-feedback-table"
            caption={t("feedback.caption", { period })}
            head={[t("feedback.columns.answer"), t("feedback.columns.count")]}
            rows={data.feedback.map((f) => [t(`feedback.answers.${f.answer}`), f.count])}
            foot={[t("feedback.total"), total]}
          />
        }
      />
    </section>
  );
}
