import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Progress, heading and the way back, the same on every step. Each step form sets the <title>, because it knows about errors. */
export function StepLayout({
  number,
  total,
  title,
  backHref,
  draftExpiresOn,
  children,
}: {
  number: number;
  total: number;
  title: string;
  backHref: string;
  draftExpiresOn: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation("registration");
  return (
    <>
      <p className="meedoen-back">
        <Link className="utrecht-link" to={backHref}>
          {t("back")}
        </Link>
      </p>
      <p className="meedoen-progress">{t("progress", { number, total })}</p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {children}
      {draftExpiresOn ? <p className="utrecht-paragraph meedoen-muted">{t("draftKeptUntil", { date: draftExpiresOn })}</p> : null}
    </>
  );
}

/** "Save and continue" validates; "save and come back later" keeps what is there without checking. */
export function StepButtons({ returnToReview }: { returnToReview: boolean }) {
  const { t } = useTranslation("registration");
  return (
    <div className="meedoen-button-row">
      {returnToReview ? <input type="hidden" name="terug" value="controleren" /> : null}
      <button type="submit" name="intent" value="next" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
        {t("saveAndContinue")}
      </button>
      <button type="submit" name="intent" value="save" formNoValidate className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
        {t("saveForLater")}
      </button>
    </div>
  );
}
