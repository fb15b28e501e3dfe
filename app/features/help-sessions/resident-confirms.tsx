import { getInputProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { AnyField } from "~/components/any-field";
import { ErrorMessage } from "~/components/field";

/**
 * Shown above the declaration in a help session, in the resident's language: the declaration is
 * theirs, not the employee's, and they confirm the answers themselves.
 */
export function ResidentConfirms({ field }: { field: AnyField }) {
  const { t } = useTranslation();
  const invalid = Boolean(field.errors?.length);
  return (
    <section className="meedoen-task" aria-labelledby="resident-confirms-title">
      <h2 className="utrecht-heading-2" id="resident-confirms-title">
        {t("assist.confirmTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("assist.confirmText")}</p>
      <div className={`utrecht-form-field utrecht-form-field--checkbox${invalid ? " utrecht-form-field--invalid" : ""}`}>
        <ErrorMessage id={field.errorId} errors={field.errors} />
        <div className="meedoen-choice">
          <input {...getInputProps(field as never, { type: "checkbox", value: "ja" })} className="utrecht-checkbox utrecht-checkbox--html-input" />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
            {t("assist.confirmCheckbox")}
          </label>
        </div>
      </div>
    </section>
  );
}
