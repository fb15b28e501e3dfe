import { useTranslation } from "react-i18next";
import { Alert, Link } from "~/components/nlds";
import { usePageLanguage } from "~/lib/use-page-language";
import type { ChangeCaseView } from "./case-view.server";
import { ChangeVersions } from "./change-summary";
import { findTopic } from "./topics";

/**
 * On a case page (resident or staff): the versions of a change report and, for the resident,
 * "recht op vergissen" — correct it before pick-up, add a correction after. For a periodic
 * check: the answers per topic and the change case it led to.
 */
export function ChangeCaseSection({ view, caseId, perspective }: { view: ChangeCaseView; caseId: string; perspective: "resident" | "staff" }) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  const base = perspective === "staff" ? "/medewerker/zaken" : "/mijn/zaken";
  const linked = view.linked.length ? (
    <p className="utrecht-paragraph">
      {t("case.linked")}{" "}
      {view.linked.map((c) => (
        <Link key={c.id} to={href(`${base}/${c.id}`)}>
          <span dir="ltr">{c.reference}</span>
        </Link>
      ))}
    </p>
  ) : null;
  if (view.kind === "check") {
    return (
      <section aria-labelledby="controle-antwoorden-titel">
        <h2 className="utrecht-heading-2" id="controle-antwoorden-titel">
          {t("case.checkAnswers")}
        </h2>
        {view.noReply ? <p className="utrecht-paragraph">{t("case.noReply")}</p> : null}
        {linked}
        {view.answers.length ? (
          <dl className="meedoen-summary">
            {view.answers.map(({ slug, answer }) => (
              <div key={slug}>
                <dt>{t(`topics.${findTopic(slug)?.key ?? "other"}.label`)}</dt>
                <dd>{t(`check.answers.${answer}`)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
    );
  }
  return (
    <>
      {linked}
      {perspective === "resident" && view.correctable ? (
        <section className="meedoen-task" aria-labelledby="verbeteren-titel">
          <h2 className="utrecht-heading-2" id="verbeteren-titel">
            {t("case.correctTitle")}
          </h2>
          <p className="utrecht-paragraph">{view.pickedUp ? t("case.addText") : t("case.correctText")}</p>
          <p className="utrecht-paragraph">
            <Link to={href(`/mijn/wijziging/verbeteren/${caseId}`)}>{view.pickedUp ? t("case.addLink") : t("case.correctLink")}</Link>
          </p>
        </section>
      ) : null}
      <ChangeVersions versions={view.versions} perspective={perspective} documentHref={(documentId) => href(`${base}/${caseId}/documenten/${documentId}`)} />
    </>
  );
}

/** The notices a change journey leaves for the case page. */
export function ChangeCaseNotice({ notice }: { notice: string | null }) {
  const { t } = useTranslation("changes");
  if (notice !== "changes-corrected" && notice !== "changes-closed") return null;
  return (
    <Alert type={notice === "changes-corrected" ? "ok" : "warning"} role="status">
      {t(notice === "changes-corrected" ? "case.corrected" : "case.closed")}
    </Alert>
  );
}
