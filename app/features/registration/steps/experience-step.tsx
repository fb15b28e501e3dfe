import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import type { AnyField } from "~/components/any-field";
import { PageTitle } from "~/components/page-title";
import type { z } from "zod";
import { type ExperienceEntrySchema, MAX_EXPERIENCE_ENTRIES } from "../schema";
import { StepButtons } from "../step-layout";
import type { StepFormProps } from "./simple-steps";
import { CsrfField } from "~/components/csrf-field";

export type ExperienceListItem = { beroep: string; werkgever?: string; period: string };

/**
 * Work experience: a list to add to, change and remove from. Checked on the server only
 * (the buttons do different things), which is also exactly how it works without JavaScript.
 * Remove buttons sit in their own small forms, so Enter in a field never removes an entry.
 */
export function ExperienceStep({
  defaults,
  lastResult,
  returnToReview,
  pageTitle,
  entries,
  editIndex,
  listError,
}: StepFormProps & { entries: ExperienceListItem[]; editIndex: number | null; listError: string | null }) {
  const { t } = useTranslation("registration");
  const [form, fields] = useForm<z.input<typeof ExperienceEntrySchema>>({ id: `werkervaring-${editIndex ?? "nieuw"}`, lastResult, defaultValue: (defaults ?? {}) as never });
  const hasErrors = Boolean(listError) || Boolean(form.allErrors && Object.keys(form.allErrors).length);
  const dateErrors = (field: AnyField) => field.errors ?? Object.values(field.allErrors ?? {}).flat();
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: "experience-list", errors: listError ? [listError] : undefined },
          { targetId: fields.beroep.id, errors: fields.beroep.errors },
          { targetId: fields.werkgever.id, errors: fields.werkgever.errors },
          { targetId: `${fields.van.id}-maand`, errors: dateErrors(fields.van) },
          { targetId: `${fields.tot.id}-maand`, errors: dateErrors(fields.tot) },
        ]}
      />
      <p className="utrecht-paragraph">{t("experience.intro")}</p>
      <h2 className="utrecht-heading-2" id="experience-list" tabIndex={-1}>
        {t("experience.listTitle", { n: entries.length, max: MAX_EXPERIENCE_ENTRIES })}
      </h2>
      {entries.length === 0 ? <p className="utrecht-paragraph">{t("experience.none")}</p> : null}
      <ul className="meedoen-entry-list">
        {entries.map((entry, index) => (
          <li key={`${entry.beroep}-${index}`} className="meedoen-entry">
            <p className="utrecht-paragraph">
              <strong>{entry.beroep}</strong>
              {entry.werkgever ? `, ${entry.werkgever}` : ""}
              <br />
              {entry.period}
            </p>
            <div className="meedoen-button-row">
              <Link className="utrecht-link" to={`?wijzig=${index}${returnToReview ? "&terug=controleren" : ""}`}>
                {t("experience.change")}
                <span className="meedoen-visually-hidden">: {entry.beroep}</span>
              </Link>
              <Form method="post">
                <CsrfField />
                <button type="submit" name="intent" value={`remove:${index}`} className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action meedoen-link-button">
                  {t("experience.remove")}
                  <span className="meedoen-visually-hidden">: {entry.beroep}</span>
                </button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset meedoen-inset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {editIndex === null ? t("experience.addTitle") : t("experience.editTitle")}
          </legend>
          <TextField field={fields.beroep} label={t("experience.occupation")} hint={t("experience.occupationHint")} />
          <TextField field={fields.werkgever} label={t("experience.employer")} />
          <DateParts field={fields.van} legend={t("experience.from")} hint={t("experience.monthHint")} withDay={false} />
          <DateParts field={fields.tot} legend={t("experience.to")} hint={t("experience.monthHint")} withDay={false} />
          <div className="utrecht-form-field utrecht-form-field--checkbox meedoen-choice">
            <input {...getInputProps(fields.huidig, { type: "checkbox", value: "ja" })} className="utrecht-checkbox utrecht-checkbox--html-input" />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fields.huidig.id}>
              {t("experience.current")}
            </label>
          </div>
          <button type="submit" name="intent" value={editIndex === null ? "add" : `update:${editIndex}`} className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
            {editIndex === null ? t("experience.add") : t("experience.saveChange")}
          </button>
        </fieldset>
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}
