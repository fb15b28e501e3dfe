import { useTranslation } from "react-i18next";
import type { AnyField } from "~/components/any-field";
import { CheckboxField } from "~/components/field";

/**
 * Shown above the declaration in a help session, in the resident's language: the declaration is
 * theirs, not the employee's, and they confirm the answers themselves.
 */
export function ResidentConfirms({ field }: { field: AnyField }) {
  const { t } = useTranslation();
  return (
    <section className="meedoen-task" aria-labelledby="resident-confirms-title">
      <h2 className="utrecht-heading-2" id="resident-confirms-title">
        {t("assist.confirmTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("assist.confirmText")}</p>
      <CheckboxField field={field} label={t("assist.confirmCheckbox")} />
    </section>
  );
}
