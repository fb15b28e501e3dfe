import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/queue";
import { Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { QueueFilterForm, QueueSearchForm } from "~/features/queue/queue-controls";
import { classifySearch, QueueSearchSchema } from "~/features/queue/queue-filters";
import { loadQueuePage } from "~/features/queue/queue-page.server";
import { findCaseByReference, findCasesByBsnHash } from "~/features/queue/queue.server";
import { QueueCounts } from "~/features/queue/queue-counts";
import { QueueTable } from "~/features/queue/queue-table";
import { StaffCaseLinks } from "~/features/cases/staff-case-links";
import { requireStaff } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// The klantmanager's work queue (werkvoorraad): the municipality's cases, soonest deadline first.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  return withMunicipalityScope(state.services.db, staff.municipality_id, (db) => loadQueuePage(db, staff, new URL(request.url).searchParams, state.lang));
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const submission = parseWithZod(await readFormData(request), { schema: QueueSearchSchema });
  if (submission.status !== "success") return data({ reply: submission.reply(), found: null, notFound: false }, { status: 400 });
  const search = classifySearch(submission.value);
  const { db } = state.services;
  if (search.kind === "reference") {
    const found = await withMunicipalityScope(db, staff.municipality_id, (scoped) => findCaseByReference(scoped, staff, search.reference));
    if (found) return redirect(localizePath(state.lang, `/medewerker/zaken/${found.id}`));
    return { reply: submission.reply({ resetForm: false }), found: null, notFound: true };
  }
  const bsnHash = state.services.bsnCrypto.lookupHash(search.bsn);
  const found = await withMunicipalityScope(db, staff.municipality_id, (scoped) => findCasesByBsnHash(scoped, staff, { bsnHash, reason: search.reason }));
  // The BSN is not sent back: the form is emptied and only the person's cases are shown.
  return {
    reply: submission.reply({ resetForm: true }),
    notFound: !found,
    found: found ? { name: found.name, cases: found.cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, status: c.status, submittedOn: formatDate(c.submitted_at, state.lang) })) } : null,
  };
}

export default function Queue({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { counts, cases, filters, nextPage, firstPage } = loaderData;
  return (
    <>
      <PageTitle title={t("queue.title")} hasErrors={Boolean(actionData?.reply.error && Object.keys(actionData.reply.error).length)} />
      <Heading1>{t("queue.title")}</Heading1>
      <QueueCounts counts={counts} />
      <Heading2>{t("queue.search.title")}</Heading2>
      <QueueSearchForm lastResult={actionData?.reply} />
      {actionData?.notFound ? (
        <Paragraph>
          <strong role="status">{t("queue.search.notFound")}</strong>
        </Paragraph>
      ) : null}
      {actionData?.found ? (
        <section aria-labelledby="search-results">
          <h3 className="utrecht-heading-3" id="search-results">
            {t("queue.search.results", { name: actionData.found.name })}
          </h3>
          <StaffCaseLinks cases={actionData.found.cases} />
        </section>
      ) : null}
      <Heading2>{t("queue.listTitle")}</Heading2>
      <QueueFilterForm filters={filters} />
      {cases.length === 0 ? <Paragraph>{t("queue.empty")}</Paragraph> : <QueueTable cases={cases} />}
      <nav aria-label={t("queue.pagination")} className="meedoen-pagination">
        {firstPage ? <Link to={firstPage}>{t("queue.firstPage")}</Link> : null}
        {nextPage ? <Link to={nextPage}>{t("queue.nextPage")}</Link> : null}
      </nav>
    </>
  );
}
