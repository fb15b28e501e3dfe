import { useTranslation } from "react-i18next";

/**
 * What usually happens after a change in work or income. Part-time pay is offset against the
 * benefit and a municipality may let a resident keep part of it (16% of Renkum's benefits top
 * up part-time pay, seeds 004:91). Clearly an indication, never a decision: the klantmanager
 * decides. And the reminder that Belastingdienst / Toeslagen need to know too (seeds 001:175).
 */
export function WorkIncomeNote() {
  const { t } = useTranslation("changes");
  return (
    <aside className="meedoen-note" aria-labelledby="werk-uitleg-titel">
      <h2 className="utrecht-heading-3" id="werk-uitleg-titel">
        {t("workNote.title")}
      </h2>
      <p className="utrecht-paragraph meedoen-note__badge">
        <strong>{t("workNote.badge")}</strong>
      </p>
      <p className="utrecht-paragraph">{t("workNote.offset")}</p>
      <p className="utrecht-paragraph">{t("workNote.keepPart")}</p>
      <p className="utrecht-paragraph">{t("workNote.enough")}</p>
      <p className="utrecht-paragraph">
        <strong>{t("workNote.taxTitle")}</strong> {t("workNote.tax")}{" "}
        <a className="utrecht-link" href="https://www.belastingdienst.nl" rel="noopener noreferrer">
          {t("workNote.taxLink")}
        </a>
      </p>
    </aside>
  );
}
