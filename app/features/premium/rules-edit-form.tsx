import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, radioOptionId, TextField } from "~/components/field";
import { rulesFormDefaults, RulesFormSchema, WINDOW_REFERENCES } from "./rules-form";
import { CsrfField } from "~/components/csrf-field";

type Current = {
  version: number;
  tiers: Array<{ key: string; exit: "full" | "partial"; hours: number | null; reduced: boolean }>;
  bands: number[];
  defaults: ReturnType<typeof rulesFormDefaults>;
};

/** The beheerder's edit form. The version it started from goes along, so a colleague's save in between is noticed. */
export function RulesEditForm({ current, lastResult }: { current: Current; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation("premium");
  const [form, fields] = useForm({
    id: "premie-regels",
    lastResult,
    defaultValue: current.defaults,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RulesFormSchema }),
  });
  const amounts = fields.bedragen.getFieldList();
  const bands = fields.uitkeringMaanden.getFieldList();
  const tierLabel = (tier: Current["tiers"][number]) =>
    t(tier.reduced ? "admin.tierReduced" : tier.exit === "partial" ? "admin.tierPartial" : "admin.tierFull", { key: tier.key, hours: String(tier.hours ?? "") });
  return (
    <>
      <ErrorSummary
        items={[
          { targetId: "premie-regels-fout", errors: form.errors },
          ...amounts.map((field) => ({ targetId: field.id, errors: field.errors })),
          ...bands.map((field) => ({ targetId: field.id, errors: field.errors })),
          { targetId: fields.werkMaanden.id, errors: fields.werkMaanden.errors },
          { targetId: radioOptionId(fields.termijn.id, WINDOW_REFERENCES[0]), errors: fields.termijn.errors },
          { targetId: fields.opentMaanden.id, errors: fields.opentMaanden.errors },
          { targetId: fields.opentDagen.id, errors: fields.opentDagen.errors },
          { targetId: fields.sluitMaanden.id, errors: fields.sluitMaanden.errors },
          { targetId: fields.sluitDagen.id, errors: fields.sluitDagen.errors },
          { targetId: fields.budget.id, errors: fields.budget.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <span id="premie-regels-fout" tabIndex={-1} />
        <input {...getInputProps(fields.basisversie, { type: "hidden" })} key={fields.basisversie.key} />
        <h3 className="utrecht-heading-3">{t("admin.amountsTitle")}</h3>
        {amounts.map((field, i) => (
          <TextField key={field.key} field={field} label={tierLabel(current.tiers[i]!)} hint={t("admin.amountHint")} inputMode="numeric" width="short" />
        ))}
        <h3 className="utrecht-heading-3">{t("admin.monthsTitle")}</h3>
        {bands.map((field, i) => (
          <TextField
            key={field.key}
            field={field}
            label={current.bands[i] ? t("admin.benefitMonthsFromAge", { age: String(current.bands[i]) }) : t("admin.benefitMonths")}
            inputMode="numeric"
            width="short"
          />
        ))}
        <TextField field={fields.werkMaanden} label={t("admin.workMonths")} hint={t("admin.workMonthsHint")} inputMode="numeric" width="short" />
        <h3 className="utrecht-heading-3">{t("admin.windowTitle")}</h3>
        <RadioGroup field={fields.termijn} legend={t("admin.windowReference")} options={WINDOW_REFERENCES.map((value) => ({ value, label: t(`admin.windowReferences.${value}`) }))} />
        <TextField field={fields.opentMaanden} label={t("admin.opensMonths")} inputMode="numeric" width="short" />
        <TextField field={fields.opentDagen} label={t("admin.opensDays")} inputMode="numeric" width="short" />
        <TextField field={fields.sluitMaanden} label={t("admin.closesMonths")} inputMode="numeric" width="short" />
        <TextField field={fields.sluitDagen} label={t("admin.closesDays")} inputMode="numeric" width="short" />
        <h3 className="utrecht-heading-3">{t("admin.budgetTitle")}</h3>
        <TextField field={fields.budget} label={t("admin.budget")} hint={t("admin.budgetHint")} inputMode="numeric" width="short" />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("admin.save")}
        </button>
      </Form>
    </>
  );
}
