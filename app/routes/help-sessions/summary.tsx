import { useTranslation } from "react-i18next";
import type { Route } from "./+types/summary";
import { BesideDutch } from "~/components/beside-dutch";
import { PageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { SummaryList } from "~/components/summary-list";
import { getActiveHelpSession, listCasesOfHelpSession } from "~/features/help-sessions/help-sessions.server";
import { requireResident } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { besideDutch } from "~/lib/translations.server";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

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
  const { languages, dutchResources } = besideDutch(state.lang, ["common"]);
  return {
    name: `${resident.given_name} ${resident.family_name}`,
    helper: active.staff_name,
    location: active.location,
    columns: languages.map((lang) => ({
      lang,
      date: formatDate(active.started_at, lang),
      cases: cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, submittedOn: formatDate(c.submitted_at, lang), deadline: formatDate(c.deadline, lang) })),
    })),
    dutchResources,
  };
}

type Data = Route.ComponentProps["loaderData"];

function SummaryColumn({ column, data }: { column: Data["columns"][number]; data: Data }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

export default function HelpSummary({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("helpSummary.title")} />
      <h1 className="utrecht-heading-1">{t("helpSummary.title")}</h1>
      <PrintButton label={t("helpSummary.print")} />
      <BesideDutch columns={loaderData.columns} dutchResources={loaderData.dutchResources}>
        {(column) => <SummaryColumn column={column} data={loaderData} />}
      </BesideDutch>
    </>
  );
}
