import { useTranslation } from "react-i18next";
import { Heading2, Link } from "~/components/nlds";
import { usePageLanguage } from "~/lib/use-page-language";
import type { loadPastHelpSessions } from "./past-help-sessions.server";

/** "Hulp van het Servicepunt": every time someone filled in forms with the resident. */
export function PastHelpSessions({ sessions }: { sessions: Awaited<ReturnType<typeof loadPastHelpSessions>> }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="help-sessions-title">
      <Heading2 id="help-sessions-title">{t("assist.pastTitle")}</Heading2>
      <ul className="meedoen-case-list">
        {sessions.map((s) => (
          <li key={s.id} className="meedoen-case">
            {t("assist.pastEntry", { date: s.date, name: s.helper, location: s.location })}
            {s.cases.length ? (
              <>
                <br />
                {t("assist.pastSent")}{" "}
                {s.cases.map((c, index) => (
                  <span key={c.id}>
                    {index ? ", " : ""}
                    <Link to={href(`/mijn/zaken/${c.id}`)}>
                      {t(`cases.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
                    </Link>
                  </span>
                ))}
              </>
            ) : (
              <>
                <br />
                {t("assist.pastNothingSent")}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
