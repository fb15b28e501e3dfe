import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/staff-case";
import { TextArea } from "~/components/choice-fields";
import { ErrorSummary } from "~/components/error-summary";
import { Alert, Heading2 } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { CaseTimeline } from "~/features/cases/case-timeline";
import { InformationRequestSchema } from "~/features/cases/schema";
import { getStaffCase, requestInformation } from "~/features/cases/staff-cases.server";
import { listAcknowledgements } from "~/features/rights/rights.server";
import type { JobseekerProfile } from "~/features/registration/profile";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { toPartialProfile } from "~/features/registration/registration.server";
import { summaryExtras } from "~/features/registration/summary-data.server";
import { requireStaff } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

// A first staff view of one case: what was submitted, the history, and "ask the resident".
// The queue, decisions and the rest of the klantmanager's work build on this.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const found = await getStaffCase(state.services.db, staff, params.caseId);
  // Another municipality's case answers exactly like a case that does not exist.
  if (!found) throw new Response("Not Found", { status: 404 });
  const partial = found.type === "registratie_werkzoekende" ? toPartialProfile(found.submission as unknown as JobseekerProfile) : null;
  const acknowledgements = await listAcknowledgements(state.services.db, found.resident_id);
  return {
    acknowledgements: acknowledgements.map((a) => ({ date: formatDate(a.acknowledged_at, state.lang), version: a.text_version, language: a.language })),
    translations: getNamespaces(state.lang, ["registration"]),
    reference: found.reference,
    type: found.type,
    status: found.status,
    resident: `${found.given_name} ${found.family_name}`,
    tags: found.tags,
    deadline: formatDate(found.deadline, state.lang),
    sent: state.session.get("notice") === "message-sent",
    events: found.events.map((e) => ({ id: e.id, type: e.type, date: formatDate(e.occurred_at, state.lang), text: typeof e.data.text === "string" ? e.data.text : null, internal: !e.visible_to_resident })),
    registration: partial ? { partial, ...(await summaryExtras(state.services.db, partial, state.lang)) } : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const submission = parseWithZod(await request.formData(), { schema: InformationRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (!(await requestInformation(state.services.db, staff, { caseId: params.caseId, message: submission.value.tekst }))) throw new Response("Not Found", { status: 404 });
  state.session.flash("notice", "message-sent");
  return redirect(localizePath(state.lang, `/medewerker/zaken/${params.caseId}`));
}

export default function StaffCase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: "aanvulling", lastResult: actionData, onValidate: ({ formData }) => parseWithZod(formData, { schema: InformationRequestSchema }) });
  const c = loaderData;
  return (
    <>
      <PageTitle title={`${t(`cases.types.${c.type}`)} ${c.reference}`} hasErrors={Boolean(form.allErrors && Object.keys(form.allErrors).length)} />
      <h1 className="utrecht-heading-1">
        {t(`cases.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
      </h1>
      {c.sent ? (
        <Alert type="ok" role="status">
          {t("staffCase.requestSent")}
        </Alert>
      ) : null}
      <SummaryList
        rows={[
          { label: t("staffCase.resident"), value: c.resident },
          { label: t("cases.status"), value: t(`cases.statuses.${c.status}`) },
          { label: t("staffCase.deadline"), value: c.deadline },
          { label: t("staffCase.tags"), value: c.tags.join(", ") || "–" },
        ]}
      />
      <Heading2>{t("staffCase.askTitle")}</Heading2>
      <ErrorSummary items={[{ targetId: fields.tekst.id, errors: fields.tekst.errors }]} />
      <Form method="post" {...getFormProps(form)}>
        <TextArea field={fields.tekst} label={t("staffCase.askLabel")} hint={t("staffCase.askHint")} maxLength={2000} />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("staffCase.askButton")}
        </button>
      </Form>
      <Heading2>{t("cases.timeline")}</Heading2>
      <CaseTimeline events={c.events} />
      {c.registration ? (
        <>
          <Heading2>{t("cases.submission")}</Heading2>
          <ProfileSummary partial={c.registration.partial} occupationNames={c.registration.occupationNames} experiencePeriods={c.registration.experiencePeriods} wwEndDate={c.registration.wwEndDate} />
        </>
      ) : null}
      <Heading2>{t("staffCase.acknowledgementsTitle")}</Heading2>
      {c.acknowledgements.length === 0 ? <p className="utrecht-paragraph">{t("staffCase.noAcknowledgements")}</p> : null}
      <ul className="utrecht-unordered-list">
        {c.acknowledgements.map((a) => (
          <li className="utrecht-unordered-list__item" key={`${a.date}-${a.version}`}>
            {t("staffCase.acknowledgement", { date: a.date, version: a.version, language: a.language })}
          </li>
        ))}
      </ul>
    </>
  );
}
