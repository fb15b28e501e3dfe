import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { Route } from "./+types/summary";
import { PageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { SummaryList } from "~/components/summary-list";
import { getActiveHelpSession, listCasesOfHelpSession } from "~/features/help-sessions/help-sessions.server";
import { requireResident } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { createI18n } from "~/lib/i18n-instance";
import { DEFAULT_LANGUAGE, type Language } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

// What was sent during this help session, to print or save before the session ends: in the
// resident's language beside the Dutch text.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const helpSessionId = state.session.get("helpSessionId");
  const staffId = state.session.get("staffId");
  const active = helpSessionId && staffId ? await getActiveHelpSession(state.services.db, helpSessionId, staffId) : null;
  if (!active) throw new Response("Not Found", { status: 404 });
  const cases = await listCasesOfHelpSession(state.services.db, active.id);
  const languages: Language[] = state.lang === DEFAULT_LANGUAGE ? [DEFAULT_LANGUAGE] : [state.lang, DEFAULT_LANGUAGE];
  return {
    name: `${resident.given_name} ${resident.family_name}`,
    helper: active.staff_name,
    location: active.location,
    columns: languages.map((lang) => ({
      lang,
      date: formatDate(active.started_at, lang),
      cases: cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, submittedOn: formatDate(c.submitted_at, lang), deadline: formatDate(c.deadline, lang) })),
    })),
    dutchResources: state.lang === DEFAULT_LANGUAGE ? null : getNamespaces(DEFAULT_LANGUAGE, ["common"]),
  };
}

type Data = Route.ComponentProps["loaderData"];

function SummaryColumn({ column, data }: { column: Data["columns"][number]; data: Data }) {
  const { t } = useTranslation();
  return (
    <section lang={column.lang} dir={column.lang === "ar" ? "rtl" : "ltr"} className="meedoen-proof__column">
      <h2 className="utrecht-heading-2">{t("helpSummary.heading")}</h2>
      <SummaryList
        rows={[
          { label: t("helpSummary.name"), value: data.name },
          { label: t("helpSummary.date"), value: column.date },
          { label: t("helpSummary.helpedBy"), value: t("helpSummary.helper", { name: data.helper, location: data.location }) },
        ]}
      />
      {column.cases.length === 0 ? <p className="utrecht-paragraph">{t("helpSummary.nothingSent")}</p> : null}
      <ul className="utrecht-unordered-list">
        {column.cases.map((c) => (
          <li className="utrecht-unordered-list__item" key={c.id}>
            {t(`cases.types.${c.type}`)} <span dir="ltr">{c.reference}</span> — {t("helpSummary.sentOn", { date: c.submittedOn, deadline: c.deadline })}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t("helpSummary.declaration")}</p>
    </section>
  );
}

export default function HelpSummary({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const dutch = useMemo(() => (loaderData.dutchResources ? createI18n(DEFAULT_LANGUAGE, loaderData.dutchResources) : null), [loaderData.dutchResources]);
  const [own, dutchColumn] = loaderData.columns;
  return (
    <>
      <PageTitle title={t("helpSummary.title")} />
      <h1 className="utrecht-heading-1">{t("helpSummary.title")}</h1>
      <PrintButton label={t("helpSummary.print")} />
      <div className={dutchColumn ? "meedoen-proof meedoen-proof--two" : "meedoen-proof"}>
        <SummaryColumn column={own!} data={loaderData} />
        {dutchColumn && dutch ? (
          <I18nextProvider i18n={dutch}>
            <SummaryColumn column={dutchColumn} data={loaderData} />
          </I18nextProvider>
        ) : null}
      </div>
    </>
  );
}
