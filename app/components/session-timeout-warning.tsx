import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/lib/use-page-language";
import { useCsrfToken } from "./csrf-field";

/**
 * The warning before the idle timeout, rendered by the server and opened by
 * public/page-enhancements.js two minutes before the session ends. Without JavaScript the
 * server still ends the session and brings the resident back to this page after logging in.
 */
export function SessionTimeoutWarning({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const csrfToken = useCsrfToken();
  const { href } = usePageLanguage();
  return (
    <dialog
      id="session-warning"
      className="meedoen-dialog"
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-text"
      data-idle-minutes={idleMinutes}
      data-login-href={href("/inloggen")}
      data-csrf={csrfToken ?? undefined}
    >
      <h2 className="utrecht-heading-2" id="session-warning-title">
        {t("session.warning.title")}
      </h2>
      <p className="utrecht-paragraph" id="session-warning-text">
        {t("session.warning.text")}
      </p>
      <button type="button" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
        {t("session.warning.stay")}
      </button>
    </dialog>
  );
}
