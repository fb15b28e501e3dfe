import { getFormProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { CheckboxGroup } from "~/components/choice-fields";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, radioOptionId, TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { LICENCES, TRANSPORT, TRAVEL_DISTANCES, WantedWorkSchema, WEEKDAYS } from "../schema";
import { StepButtons } from "../step-layout";
import type { StepFormProps } from "./simple-steps";
import { useStepForm } from "./use-step-form";
import { CsrfField } from "~/components/csrf-field";

const OCCUPATION_FIELDS = ["beroep1", "beroep2", "beroep3"] as const;

/**
 * Occupations are typed into plain text boxes with a <datalist> of names: a searchable list in
 * the browser's own UI, without JavaScript. The server accepts the Dutch words people use too
 * (synonyms) and suggests close matches when it does not know a word.
 */
export function WantedWorkStep({
  defaults,
  lastResult,
  returnToReview,
  pageTitle,
  occupationNames,
  suggestions,
}: StepFormProps & { occupationNames: string[]; suggestions: Record<string, string[]> }) {
  const { t } = useTranslation("registration");
  const { form, fields, hasErrors } = useStepForm("gewenst-werk", WantedWorkSchema, defaults, lastResult);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          ...OCCUPATION_FIELDS.map((key) => ({ targetId: fields[key].id, errors: fields[key].errors })),
          { targetId: fields.urenPerWeek.id, errors: fields.urenPerWeek.errors },
          { targetId: radioOptionId(fields.dagen.id, WEEKDAYS[0]), errors: fields.dagen.errors },
          { targetId: radioOptionId(fields.reisafstand.id, TRAVEL_DISTANCES[0]), errors: fields.reisafstand.errors },
          { targetId: radioOptionId(fields.vervoer.id, TRANSPORT[0]), errors: fields.vervoer.errors },
          { targetId: radioOptionId(fields.rijbewijs.id, LICENCES[0]), errors: fields.rijbewijs.errors },
        ]}
      />
      <datalist id="occupation-names">
        {occupationNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("wantedWork.occupations")}</legend>
          <p className="utrecht-form-field-description">{t("wantedWork.occupationsHint")}</p>
          {OCCUPATION_FIELDS.map((key, index) => (
            <div key={key}>
              <TextField field={fields[key]} label={t("wantedWork.occupationLabel", { number: index + 1 })} list="occupation-names" autoComplete="off" />
              {suggestions[key]?.length ? (
                <p className="utrecht-paragraph meedoen-suggestions">
                  {t("wantedWork.didYouMean")} {suggestions[key]!.join(" · ")}
                </p>
              ) : null}
            </div>
          ))}
        </fieldset>
        <TextField field={fields.urenPerWeek} label={t("wantedWork.hours")} hint={t("wantedWork.hoursHint")} inputMode="numeric" width="short" />
        <CheckboxGroup field={fields.dagen} legend={t("wantedWork.days")} options={WEEKDAYS.map((value) => ({ value, label: t(`wantedWork.weekdays.${value}`) }))} />
        <RadioGroup field={fields.reisafstand} legend={t("wantedWork.travel")} options={TRAVEL_DISTANCES.map((value) => ({ value, label: t(`wantedWork.distances.${value}`) }))} />
        <CheckboxGroup field={fields.vervoer} legend={t("wantedWork.transport")} hint={t("wantedWork.chooseAll")} options={TRANSPORT.map((value) => ({ value, label: t(`wantedWork.transports.${value}`) }))} />
        <CheckboxGroup field={fields.rijbewijs} legend={t("wantedWork.licences")} hint={t("wantedWork.licencesHint")} options={LICENCES.map((value) => ({ value, label: t(`wantedWork.licenceNames.${value}`) }))} />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}
