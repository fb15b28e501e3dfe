import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/resident-case";
import { Alert, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { CaseTimeline } from "~/features/cases/case-timeline";
import { ChangeCaseNotice, ChangeCaseSection } from "~/features/changes/case-section";
import { loadChangeCaseView } from "~/features/changes/case-view.server";
import { CaseMessageForm } from "~/features/cases/case-message-form";
import { DecisionNotice } from "~/features/cases/decision-notice";
import { decisionTemplateText } from "~/features/cases/decision-text.server";
import { FeedbackForm } from "~/features/cases/feedback-form";
import { addResidentMessage, getResidentCaseDetail } from "~/features/cases/resident-cases.server";
import { CaseMessageSchema } from "~/features/cases/schema";
import type { JobseekerProfile } from "~/features/registration/profile";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { toPartialProfile } from "~/features/registration/registration.server";
import { summaryExtras } from "~/features/registration/summary-data.server";
import { requireResident, residentActor } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { newSubmitKey, readSubmitKey } from "~/lib/idempotency.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { readUpload } from "~/lib/uploads.server";
import { getVirusScanner } from "~/lib/virus-scan.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const detail = await getResidentCaseDetail(state.services.db, resident.id, params.caseId);
  // Someone else's case, or an id that does not exist: the same answer, so ids cannot be probed.
  if (!detail) throw new Response("Not Found", { status: 404 });
  const { case: found, events, documents } = detail;
  const isRegistration = found.type === "registratie_werkzoekende";
  const partial = isRegistration ? toPartialProfile(found.submission as unknown as JobseekerProfile) : null;
  const openRequest = found.status === "aanvulling_gevraagd" ? [...events].reverse().find((e) => e.type === "aanvulling_gevraagd") : undefined;
  return {
    translations: getNamespaces(state.lang, isRegistration ? ["registration"] : found.type === "wijziging" || found.type === "periodieke_check" ? ["changes"] : []),
    changes: await loadChangeCaseView(state.services.db, found, state.lang, resident.id),
    id: found.id,
    reference: found.reference,
    type: found.type,
    status: found.status,
    submittedOn: formatDate(found.submitted_at, state.lang),
    answerBy: formatDate(found.deadline, state.lang),
    feedbackGiven: found.feedback_given,
    // The Dutch text binds; the template in the resident's own language helps them read it.
    decision: found.decision
      ? {
          outcome: found.decision.outcome,
          date: found.decided_at ? formatDate(found.decided_at, state.lang) : "",
          dutchText: found.decision.text,
          translation: state.lang === "nl" ? null : decisionTemplateText(state.lang, found.decision.template),
        }
      : null,
    notice: state.session.get("notice") ?? null,
    openRequest: openRequest ? { text: String(openRequest.data.text ?? ""), dueDate: openRequest.data.dueDate ? formatDate(String(openRequest.data.dueDate), state.lang) : null } : null,
    events: events.map((e) => ({ id: e.id, type: e.type, by: e.actor_type, date: formatDate(e.occurred_at, state.lang), text: typeof e.data.text === "string" ? e.data.text : null })),
    documents: documents.map((d) => ({ id: d.id, name: d.file_name, sizeKb: Math.max(1, Math.round(d.size_bytes / 1024)), date: formatDate(d.created_at, state.lang), byResident: d.uploaded_by_type === "resident" })),
    registration: partial ? { partial, ...(await summaryExtras(state.services.db, partial, state.lang)) } : null,
    messageKey: newSubmitKey(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: CaseMessageSchema });
  const file = await readUpload(formData.get("bestand"), state.services.env.MAX_UPLOAD_BYTES, getVirusScanner(state.services.env));
  if (submission.status !== "success" || "error" in file) {
    return data(submission.reply({ fieldErrors: "error" in file ? { bestand: [file.error] } : undefined }), { status: 400 });
  }
  const result = await addResidentMessage(state.services.db, {
    residentId: resident.id,
    caseId: params.caseId,
    text: submission.value.tekst,
    upload: file.upload,
    actor: residentActor(state, resident),
    submitKey: readSubmitKey(formData),
  });
  if (!result) throw new Response("Not Found", { status: 404 });
  state.session.flash("notice", result.answeredRequest ? "answer-sent" : "message-sent");
  return redirect(localizePath(state.lang, `/mijn/zaken/${params.caseId}`));
}

export default function ResidentCase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const c = loaderData;
  const title = t(`cases.types.${c.type}`);
  return (
    <>
      <PageTitle title={`${title} ${c.reference}`} hasErrors={Boolean(actionData?.error && Object.keys(actionData.error).length)} />
      <p className="meedoen-back">
        <Link to={href("/mijn")}>{t("cases.backHome")}</Link>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      <ChangeCaseNotice notice={c.notice} />
      {c.notice === "message-sent" || c.notice === "answer-sent" ? (
        <Alert type="ok" role="status">
          {t(`cases.notice.${c.notice}`)}
        </Alert>
      ) : null}
      <SummaryList
        rows={[
          { label: t("cases.reference"), value: c.reference, dir: "ltr" },
          { label: t("cases.status"), value: <strong>{t(`cases.statuses.${c.status}`)}</strong> },
          { label: t("cases.submitted"), value: c.submittedOn },
          { label: t("cases.expected"), value: c.answerBy },
        ]}
      />

      {c.decision ? <DecisionNotice decision={c.decision} /> : null}

      {c.openRequest ? (
        <section className="meedoen-task" aria-labelledby="open-request-title">
          <h2 className="utrecht-heading-2" id="open-request-title">
            {t("cases.request.title")}
          </h2>
          <p className="utrecht-paragraph meedoen-quote">{c.openRequest.text}</p>
          {c.openRequest.dueDate ? <Paragraph>{t("cases.request.dueDate", { date: c.openRequest.dueDate })}</Paragraph> : null}
        </section>
      ) : null}

      <Heading2>{c.openRequest ? t("cases.message.answerTitle") : t("cases.message.title")}</Heading2>
      <CaseMessageForm lastResult={actionData} isAnswer={Boolean(c.openRequest)} submitKey={c.messageKey} />

      <Heading2>{t("cases.timeline")}</Heading2>
      <CaseTimeline events={c.events} />

      <Heading2>{t("cases.documents")}</Heading2>
      {c.documents.length === 0 ? <Paragraph>{t("cases.noDocuments")}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {c.documents.map((d) => (
          <li className="utrecht-unordered-list__item" key={d.id}>
            <a className="utrecht-link" href={href(`/mijn/zaken/${c.id}/documenten/${d.id}`)} download>
              {d.name}
            </a>{" "}
            ({d.sizeKb} kB, {d.date})
          </li>
        ))}
      </ul>

      {c.changes ? <ChangeCaseSection view={c.changes} caseId={c.id} perspective="resident" /> : null}

      {c.registration ? (
        <>
          <Heading2>{t("cases.submission")}</Heading2>
          <ProfileSummary partial={c.registration.partial} occupationNames={c.registration.occupationNames} experiencePeriods={c.registration.experiencePeriods} wwEndDate={c.registration.wwEndDate} />
        </>
      ) : null}

      {c.feedbackGiven ? null : <FeedbackForm action={href(`/mijn/zaken/${c.id}/hoe-ging-het`)} />}
    </>
  );
}
