import type { SubmissionResult } from "@conform-to/react";
import { getFormProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { CheckboxGroup, TextArea } from "~/components/choice-fields";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, radioOptionId } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import {
  BIJSTAND_INTENT,
  ConsentSchema,
  DUTCH_SKILLS,
  EDUCATION_LEVELS,
  EducationSchema,
  LANGUAGE_LEVELS,
  LanguagesSchema,
  OBSTACLE_DOMAINS,
  ObstaclesSchema,
  OTHER_LANGUAGES,
  SITUATIONS,
  SituationSchema,
  YES_NO,
} from "../schema";
import { StepButtons } from "../step-layout";
import { useStepForm } from "./use-step-form";
import { CsrfField } from "~/components/csrf-field";

export type StepFormProps = {
  defaults: unknown;
  lastResult: SubmissionResult<string[]> | undefined;
  returnToReview: boolean;
  pageTitle: string;
};

const firstOption = (id: string, values: readonly string[]) => radioOptionId(id, values[0]!);

export function SituationStep({ defaults, lastResult, returnToReview, pageTitle }: StepFormProps) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("situatie", SituationSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: firstOption(fields.situatie.id, SITUATIONS), errors: fields.situatie.errors },
          { targetId: `${fields.wwEinddatum.id}-dag`, errors: fields.wwEinddatum.errors ?? Object.values(fields.wwEinddatum.allErrors ?? {}).flat() },
          { targetId: firstOption(fields.bijstandAanvragen.id, BIJSTAND_INTENT), errors: fields.bijstandAanvragen.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <RadioGroup field={fields.situatie} legend={t("situation.question")} options={SITUATIONS.map((value) => ({ value, label: t(`situation.options.${value}`) }))} />
        <DateParts field={fields.wwEinddatum} legend={t("situation.wwEnd")} hint={t("situation.wwEndHint")} />
        <RadioGroup field={fields.bijstandAanvragen} legend={t("situation.bijstand")} hint={t("situation.bijstandHint")} options={BIJSTAND_INTENT.map((value) => ({ value, label: t(`situation.bijstandOptions.${value}`) }))} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}

export function EducationStep({ defaults, lastResult, returnToReview, pageTitle }: StepFormProps) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("opleiding", EducationSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: firstOption(fields.niveau.id, EDUCATION_LEVELS), errors: fields.niveau.errors },
          { targetId: firstOption(fields.diploma.id, YES_NO), errors: fields.diploma.errors },
          { targetId: firstOption(fields.buitenlandsDiploma.id, YES_NO), errors: fields.buitenlandsDiploma.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <RadioGroup field={fields.niveau} legend={t("education.level")} hint={t("education.levelHint")} options={EDUCATION_LEVELS.map((value) => ({ value, label: t(`education.levels.${value}`) }))} />
        <RadioGroup field={fields.diploma} legend={t("education.diploma")} options={YES_NO.map((value) => ({ value, label: t(`yesNo.${value}`) }))} />
        <RadioGroup field={fields.buitenlandsDiploma} legend={t("education.foreignDiploma")} hint={t("education.foreignDiplomaHint")} options={YES_NO.map((value) => ({ value, label: t(`yesNo.${value}`) }))} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}

export function LanguagesStep({ defaults, lastResult, returnToReview, pageTitle }: StepFormProps) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("talen", LanguagesSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          ...DUTCH_SKILLS.map((skill) => ({ targetId: firstOption(fields[skill].id, LANGUAGE_LEVELS), errors: fields[skill].errors })),
          { targetId: firstOption(fields.andereTalen.id, OTHER_LANGUAGES), errors: fields.andereTalen.errors },
          { targetId: fields.andereTalenToelichting.id, errors: fields.andereTalenToelichting.errors },
        ]}
      />
      <p className="utrecht-paragraph">{t("languages.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {DUTCH_SKILLS.map((skill) => (
          <RadioGroup key={skill} field={fields[skill]} legend={t(`languages.skills.${skill}`)} options={LANGUAGE_LEVELS.map((value) => ({ value, label: t(`languages.levels.${value}`) }))} />
        ))}
        <CheckboxGroup field={fields.andereTalen} legend={t("languages.other")} hint={t("languages.otherHint")} options={OTHER_LANGUAGES.map((value) => ({ value, label: t(`languages.names.${value}`) }))} />
        <TextArea field={fields.andereTalenToelichting} label={t("languages.otherNote")} maxLength={200} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}

export function ObstaclesStep({ defaults, lastResult, returnToReview, pageTitle }: StepFormProps) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("belemmeringen", ObstaclesSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: firstOption(fields.domeinen.id, OBSTACLE_DOMAINS), errors: fields.domeinen.errors },
          { targetId: fields.toelichting.id, errors: fields.toelichting.errors },
        ]}
      />
      <p className="utrecht-paragraph">{t("obstacles.intro")}</p>
      <div className="meedoen-inset">
        <p className="utrecht-paragraph">
          <strong>{t("obstacles.whyTitle")}</strong> {t("obstacles.why")}
        </p>
        <p className="utrecht-paragraph">
          <strong>{t("obstacles.whoTitle")}</strong> {t("obstacles.who")}
        </p>
      </div>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <CheckboxGroup field={fields.domeinen} legend={t("obstacles.question")} hint={t("obstacles.optional")} options={OBSTACLE_DOMAINS.map((value) => ({ value, label: t(`obstacles.domains.${value}`) }))} />
        <TextArea field={fields.toelichting} label={t("obstacles.note")} hint={t("obstacles.noteHint")} maxLength={1000} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}

export function ConsentStep({ defaults, lastResult, returnToReview, pageTitle }: StepFormProps) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("toestemming", ConsentSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary items={[{ targetId: firstOption(fields.toestemmingTotDelenProfiel.id, YES_NO), errors: fields.toestemmingTotDelenProfiel.errors }]} />
      <p className="utrecht-paragraph">{t("consent.intro")}</p>
      <p className="utrecht-paragraph">{t("consent.what")}</p>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <RadioGroup field={fields.toestemmingTotDelenProfiel} legend={t("consent.question")} hint={t("consent.hint")} options={YES_NO.map((value) => ({ value, label: t(`consent.options.${value}`) }))} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}
