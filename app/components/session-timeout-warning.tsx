import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { usePageLanguage } from "~/lib/use-page-language";
import { CSRF_HEADER } from "~/lib/csrf";
import { useCsrfToken } from "./csrf-field";

const WARN_BEFORE_MS = 2 * 60_000;

/**
 * With JavaScript: a warning two minutes before the idle timeout (DigiD norm: 15 minutes),
 * with a button to stay signed in. Without JavaScript the server still ends the session and
 * brings the resident back to this page after logging in again.
 */
export function SessionTimeoutWarning({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const csrfToken = useCsrfToken();
  const { href } = usePageLanguage();
  const location = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [deadline, setDeadline] = useState(() => Date.now() + idleMinutes * 60_000);
  
  // Every navigation is activity on the server, so it restarts the clock here too.
  useEffect(() => setDeadline(Date.now() + idleMinutes * 60_000), [location.key, idleMinutes]);

  useEffect(() => {
    const tick = () => {
      const left = deadline - Date.now();
      if (left <= 0) {
        const returnTo = location.pathname + location.search;
        window.location.assign(`${href("/inloggen")}?${new URLSearchParams({ returnTo, reden: "verlopen" })}`);
        return;
      }
      if (left <= WARN_BEFORE_MS) {
        if (!dialog.current?.open) dialog.current?.showModal();
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, href, location.pathname, location.search]);

  async function stay() {
    const response = await fetch("/sessie/verlengen", { method: "POST", headers: { "X-Requested-With": "fetch", ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) } });
    dialog.current?.close();
    if (response.ok) setDeadline(Date.now() + idleMinutes * 60_000);
  }

  return (
    <dialog ref={dialog} className="meedoen-dialog" aria-labelledby="session-warning-title" aria-describedby="session-warning-text">
      <h2 className="utrecht-heading-2" id="session-warning-title">
        {t("session.warning.title")}
      </h2>
      <p className="utrecht-paragraph" id="session-warning-text">
        {t("session.warning.text")}
      </p>
      <button type="button" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action" onClick={stay}>
        {t("session.warning.stay")}
      </button>
    </dialog>
  );
}
