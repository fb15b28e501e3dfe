import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, radioOptionId, TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { useStepForm } from "~/features/registration/steps/use-step-form";
import { PremiumStepButtons } from "./premium-view";
import { BENEFIT_CHOICES, CONTRACT_CHOICES, createEligibilitySchema, type EligibilityAsks, EXIT_CHOICES, SUBSIDY_CHOICES, WORK_CHOICES, YES_NO } from "./schema";
import { CsrfField } from "~/components/csrf-field";

export type KnownView = { name: string; birthDate: string | null; municipality: string | null; lastPremium: string | null };

/**
 * The eligibility check: what the municipality knows is shown, the rest is asked. Questions
 * that only some municipalities need (continuity, reporting the job) appear only there.
 * Questions that depend on an earlier answer say so in their hint, so the page works the same
 * without JavaScript.
 */
export function EligibilityForm({
  asks,
  birthDateIso,
  known,
  defaults,
  lastResult,
  returnToReview,
  pageTitle,
}: {
  asks: EligibilityAsks;
  birthDateIso: string | null;
  known: KnownView;
  defaults: unknown;
  lastResult: SubmissionResult<string[]> | undefined;
  returnToReview: boolean;
  pageTitle: string;
}) {
  const { t } = useTranslation("premium");
  const { form, fields, hasErrors } = useStepForm("premie-vragen", createEligibilitySchema(asks, birthDateIso), defaults, lastResult);
  const first = (id: string, values: readonly string[]) => radioOptionId(id, values[0]!);
  const dateErrors = (field: { errors?: string[]; allErrors?: Record<string, string[]> }) => field.errors ?? Object.values(field.allErrors ?? {}).flat();
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: first(fields.uitkering.id, BENEFIT_CHOICES), errors: fields.uitkering.errors },
          { targetId: `${fields.uitkeringStart.id}-dag`, errors: dateErrors(fields.uitkeringStart) },
          ...(asks.continuous ? [{ targetId: first(fields.zonderOnderbreking.id, YES_NO), errors: fields.zonderOnderbreking.errors }] : []),
          { targetId: first(fields.uitkeringGestopt.id, EXIT_CHOICES), errors: fields.uitkeringGestopt.errors },
          { targetId: `${fields.uitkeringEinde.id}-dag`, errors: dateErrors(fields.uitkeringEinde) },
          { targetId: `${fields.werkStart.id}-dag`, errors: dateErrors(fields.werkStart) },
          { targetId: first(fields.soortWerk.id, WORK_CHOICES), errors: fields.soortWerk.errors },
          { targetId: fields.uren.id, errors: fields.uren.errors },
          { targetId: first(fields.contract.id, CONTRACT_CHOICES), errors: fields.contract.errors },
          { targetId: `${fields.contractEinde.id}-dag`, errors: dateErrors(fields.contractEinde) },
          { targetId: first(fields.subsidie.id, SUBSIDY_CHOICES), errors: fields.subsidie.errors },
          ...(asks.jobReport ? [{ targetId: `${fields.gemeld.id}-dag`, errors: dateErrors(fields.gemeld) }] : []),
        ]}
      />
      <h2 className="utrecht-heading-2">{t("known.title")}</h2>
      <SummaryList
        rows={[
          { label: t("known.name"), value: known.name },
          { label: t("known.birthDate"), value: known.birthDate ?? t("known.unknown") },
          { label: t("known.municipality"), value: known.municipality ?? t("known.unknown") },
          { label: t("known.lastPremium"), value: known.lastPremium ?? t("known.noPremium") },
        ]}
      />
      <p className="utrecht-paragraph">{t("known.correct")}</p>
      <h2 className="utrecht-heading-2">{t("check.benefitTitle")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <RadioGroup field={fields.uitkering} legend={t("check.benefitType")} hint={t("check.benefitTypeHint")} options={options(BENEFIT_CHOICES, "check.benefitOptions")} />
        <DateParts field={fields.uitkeringStart} legend={t("check.benefitStart")} hint={t("check.benefitStartHint")} />
        {asks.continuous ? <RadioGroup field={fields.zonderOnderbreking} legend={t("check.continuous")} hint={t("check.continuousHint")} options={options(YES_NO, "yesNo")} /> : null}
        <RadioGroup field={fields.uitkeringGestopt} legend={t("check.exitType")} options={options(EXIT_CHOICES, "check.exitOptions")} />
        <DateParts field={fields.uitkeringEinde} legend={t("check.benefitEnd")} hint={t("check.benefitEndHint")} />
        <h2 className="utrecht-heading-2">{t("check.workTitle")}</h2>
        <DateParts field={fields.werkStart} legend={t("check.workStart")} hint={t("check.workStartHint")} />
        <RadioGroup field={fields.soortWerk} legend={t("check.workType")} options={options(WORK_CHOICES, "check.workOptions")} />
        <TextField field={fields.uren} label={t("check.hours")} hint={t("check.hoursHint")} inputMode="numeric" width="short" />
        <RadioGroup field={fields.contract} legend={t("check.contract")} hint={t("check.contractHint")} options={options(CONTRACT_CHOICES, "check.contractOptions")} />
        <DateParts field={fields.contractEinde} legend={t("check.contractEnd")} hint={t("check.contractEndHint")} />
        <RadioGroup field={fields.subsidie} legend={t("check.subsidy")} hint={t("check.subsidyHint")} options={options(SUBSIDY_CHOICES, "check.subsidyOptions")} />
        {asks.jobReport ? <DateParts field={fields.gemeld} legend={t("check.reported")} hint={t("check.reportedHint")} /> : null}
        <PremiumStepButtons returnToReview={returnToReview} continueLabel={t("check.submit")} />
      </Form>
    </>
  );
}
