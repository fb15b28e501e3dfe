import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import { Button } from "~/components/nlds";
import { CASE_TYPES } from "~/features/cases/case-kinds";
import { TARGET_GROUP_TAGS } from "~/features/registration/target-groups";
import { ASSIGNEE_FILTERS, DUE_FILTERS, type QueueFilters, QueueSearchSchema, STATUS_FILTERS } from "./queue-filters";
import { CsrfField } from "~/components/csrf-field";

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  const id = `filter-${name}`;
  return (
    <div className="utrecht-form-field meedoen-filter">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="utrecht-select utrecht-select--html-select">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters: a GET form, so every view has its own URL and works without JavaScript. */
export function QueueFilterForm({ filters }: { filters: QueueFilters }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="meedoen-filters" aria-label={t("queue.filtersLabel")}>
      <Select name="type" label={t("queue.filters.type")} value={filters.type} options={[{ value: "", label: t("queue.filters.all") }, ...CASE_TYPES.map((v) => ({ value: v, label: t(`queue.types.${v}`) }))]} />
      <Select
        name="status"
        label={t("queue.filters.status")}
        value={filters.status}
        options={STATUS_FILTERS.map((v) => ({ value: v, label: v === "open" ? t("queue.filters.open") : v === "alle" ? t("queue.filters.all") : t(`queue.statuses.${v}`) }))}
      />
      <Select name="behandelaar" label={t("queue.filters.assignee")} value={filters.behandelaar} options={ASSIGNEE_FILTERS.map((v) => ({ value: v, label: t(`queue.filters.assignees.${v}`) }))} />
      <Select name="doelgroep" label={t("queue.filters.tag")} value={filters.doelgroep} options={[{ value: "", label: t("queue.filters.all") }, ...TARGET_GROUP_TAGS.map((v) => ({ value: v, label: t(`queue.tags.${v}`) }))]} />
      <Select name="termijn" label={t("queue.filters.due")} value={filters.termijn} options={DUE_FILTERS.map((v) => ({ value: v, label: t(`queue.filters.dues.${v || "any"}`) }))} />
      <Button type="submit" appearance="secondary">
        {t("queue.filters.apply")}
      </Button>
    </Form>
  );
}

/** Search by case reference or BSN: a POST, so a BSN never lands in a URL. */
export function QueueSearchForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: "zoeken", lastResult, shouldValidate: "onSubmit", onValidate: ({ formData }) => parseWithZod(formData, { schema: QueueSearchSchema }) });
  return (
    <>
      <ErrorSummary
        items={[
          { targetId: fields.zoek.id, errors: fields.zoek.errors },
          { targetId: fields.reden.id, errors: fields.reden.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)} className="meedoen-search" role="search" aria-label={t("queue.search.label")}>
        <CsrfField />
        <TextField field={fields.zoek} label={t("queue.search.query")} hint={t("queue.search.queryHint")} autoComplete="off" width="short" />
        <TextField field={fields.reden} label={t("queue.search.reason")} hint={t("queue.search.reasonHint")} autoComplete="off" />
        <Button type="submit" appearance="secondary">
          {t("queue.search.button")}
        </Button>
      </Form>
    </>
  );
}
