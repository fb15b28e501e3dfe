import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { CsrfField } from "~/components/csrf-field";

/** One optional question after a submission; answers feed the municipality's figures. */
export function FeedbackForm({ action }: { action: string }) {
  const { t } = useTranslation();
  return (
    <section className="meedoen-inset" aria-labelledby="feedback-title">
      <h2 className="utrecht-heading-2" id="feedback-title">
        {t("feedback.title")}
      </h2>
      <Form method="post" action={action}>
        <CsrfField />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("feedback.question")}</legend>
          {(["makkelijk", "moeilijk", "hulp_nodig"] as const).map((value) => (
            <div className="utrecht-form-field utrecht-form-field--radio meedoen-choice" key={value}>
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`feedback-${value}`} name="antwoord" value={value} />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`feedback-${value}`}>
                {t(`feedback.answers.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="feedback-toelichting">
            {t("feedback.comment")}
          </label>
          <textarea className="utrecht-textarea utrecht-textarea--html-textarea meedoen-textarea" id="feedback-toelichting" name="toelichting" rows={3} maxLength={1100} />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
          {t("feedback.send")}
        </button>
      </Form>
    </section>
  );
}
