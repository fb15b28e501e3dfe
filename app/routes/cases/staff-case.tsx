import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/staff-case";
import { Alert, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { CaseTimeline } from "~/features/cases/case-timeline";
import { handleStaffCaseAction } from "~/features/cases/staff-case-action.server";
import { ButtonForm, DecisionForms, InformationRequestForm, NoteForm, ReassignForm } from "~/features/cases/staff-case-forms";
import { loadStaffCasePage } from "~/features/cases/staff-case-page.server";
import { StaffCaseDetails } from "~/features/cases/staff-case-details";
import { requireStaff } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";

// The klantmanager's view of one case: what was submitted, who the resident is, the history,
// and what to do next. Everything runs inside the municipality's row-level-security scope.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const page = await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => loadStaffCasePage(db, staff, params.caseId, state.lang, new URL(request.url).searchParams));
  // Another municipality's case answers exactly like a case that does not exist.
  if (!page) throw new Response("Not Found", { status: 404 });
  return { ...page, notice: state.session.get("notice") ?? null, translations: getNamespaces(state.lang, [...(page.registration ? ["registration"] : []), ...(page.premium ? ["premium"] : []), ...(page.changes ? ["changes"] : [])]) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const formData = await readFormData(request);
  const outcome = await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => handleStaffCaseAction(db, staff, params.caseId, formData));
  if (outcome.kind === "not_found") throw new Response("Not Found", { status: 404 });
  if (outcome.kind === "invalid") return data(outcome, { status: 400 });
  state.session.flash("notice", outcome.notice);
  return redirect(localizePath(state.lang, `/medewerker/zaken/${params.caseId}`));
}

export default function StaffCase({ loaderData: c, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const invalid = actionData?.kind === "invalid" ? actionData : undefined;
  const title = `${t(`queue.types.${c.type}`)} ${c.reference}`;
  return (
    <>
      <PageTitle title={title} hasErrors={Boolean(invalid)} />
      <Paragraph>
        <Link to={href("/medewerker/zaken")}>{t("queue.back")}</Link>
      </Paragraph>
      <h1 className="utrecht-heading-1">
        {t(`queue.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
      </h1>
      {c.notice?.startsWith("staff-") ? (
        <Alert type={c.notice.startsWith("staff-refused") ? "warning" : "ok"} role="status">
          {t(`staffCase.notices.${c.notice}`)}
        </Alert>
      ) : null}
      <SummaryList
        rows={[
          { label: t("staffCase.resident"), value: c.resident.name },
          { label: t("cases.status"), value: t(`queue.statuses.${c.status}`) + (c.closed ? ` (${t("staffCase.closed")})` : "") },
          { label: t("staffCase.deadline"), value: `${c.deadline}${c.overdue ? ` — ${t("queue.overdue")}` : ""}${c.paused ? ` — ${t("queue.paused")}` : ""}` },
          { label: t("staffCase.assignee"), value: c.assignee ? c.assignee.name : t("queue.unassigned") },
          { label: t("staffCase.tags"), value: c.tags.map((tag) => t(`queue.tags.${tag}`)).join(", ") || "–" },
          { label: t("staffCase.submittedOn"), value: c.submittedOn },
          { label: t("staffCase.filledInLanguage"), value: t(`staffCase.languages.${c.language}`) },
          ...(c.assistedBy ? [{ label: t("staffCase.assistedByLabel"), value: t("staffCase.assistedBy", { location: c.assistedBy.location, name: c.assistedBy.name }) }] : []),
        ]}
      />
      {!c.assignee && !c.closed ? <ButtonForm intent="oppakken" label={t("staffCase.pickUp")} /> : null}
      {c.decision ? (
        <>
          <Heading2>{t("staffCase.decisionTitle")}</Heading2>
          <Paragraph>{t("staffCase.decisionSummary", { outcome: t(`queue.statuses.${c.decision.outcome}`), date: c.decision.date })}</Paragraph>
          <p className="utrecht-paragraph meedoen-quote" lang="nl">
            {c.decision.text}
          </p>
          {!c.closed ? <ButtonForm intent="sluiten" label={t("staffCase.close")} appearance="secondary" /> : null}
        </>
      ) : null}
      {c.open ? (
        <>
          <InformationRequestForm invalid={invalid} />
          {/* Keyed by the chosen reason: a new choice fills the text box anew. */}
          <DecisionForms key={c.decisionDraft?.template ?? "none"} invalid={invalid} draft={c.decisionDraft} />
          <ReassignForm invalid={invalid} colleagues={c.colleagues} />
        </>
      ) : null}
      <NoteForm invalid={invalid} />
      <StaffCaseDetails page={c} />
      <Heading2>{t("cases.timeline")}</Heading2>
      <CaseTimeline events={c.events} perspective="staff" />
    </>
  );
}
