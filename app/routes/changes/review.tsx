import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/review";
import { ErrorSummary } from "~/components/error-summary";
import { CheckboxField } from "~/components/field";
import { Alert } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { ChangeSummary } from "~/features/changes/change-summary";
import { getCorrectableCase, submitChangeReport, submitCorrection } from "~/features/changes/changes.server";
import { reportDisplay } from "~/features/changes/display.server";
import { assembleReport, getFlowDraft, listDraftUploads } from "~/features/changes/drafts.server";
import { type ChangeFlow, flowPaths } from "~/features/changes/flow";
import { changesTranslations, requireReporter, resolveFlow } from "~/features/changes/page-data.server";
import { DeclarationSchema } from "~/features/changes/schema";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { ResidentConfirms } from "~/features/help-sessions/resident-confirms";
import { withResidentConfirmation } from "~/features/help-sessions/schema";
import { isAssisted, residentActor } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// Check your answers, declare, send. For a correction: the same, and the case gets a new version.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident } = await requireReporter(state, request);
  const flow = resolveFlow(request, params);
  if (flow.kind === "check") throw redirect(localizePath(state.lang, "/mijn/controle/controleren"));
  const { db } = state.services;
  const draft = await getFlowDraft(db, resident.id, flow);
  if (!draft) {
    // After sending, the back button lands here: show what was sent, never a second send.
    if (flow.kind === "correction") throw redirect(localizePath(state.lang, `/mijn/zaken/${flow.caseId}`));
    const sent = await getLatestResidentCaseOfType(db, resident.id, "wijziging");
    throw redirect(localizePath(state.lang, sent ? `/mijn/wijziging/verstuurd/${sent.id}` : "/mijn/wijziging"));
  }
  const report = await assembleReport(flow, draft.answers, await listDraftUploads(db, draft.id));
  if (report.topics.length === 0) throw redirect(localizePath(state.lang, flowPaths(flow).start));
  const correcting = flow.kind === "correction" ? await getCorrectableCase(db, resident.id, flow.caseId) : null;
  return {
    translations: changesTranslations(state),
    assisted: isAssisted(state),
    flow,
    topics: reportDisplay(report, state.lang),
    incomplete: report.incomplete.length > 0,
    pickedUp: correcting?.pickedUp ?? false,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireReporter(state, request);
  const flow = resolveFlow(request, params);
  if (flow.kind === "check") throw new Response("Not Found", { status: 404 });
  const submission = parseWithZod(await readFormData(request), { schema: withResidentConfirmation(DeclarationSchema, isAssisted(state)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // In a Servicepunt help session the case records who helped (the resident stays the declarant).
  const actor = residentActor(state, resident);
  if (flow.kind === "new") {
    const result = await submitChangeReport(state.services.db, { resident, municipality, lang: state.lang, actor });
    if (result.outcome === "incomplete") return data(submission.reply({ formErrors: ["changes:errors.incomplete"] }), { status: 400 });
    return redirect(localizePath(state.lang, result.caseId ? `/mijn/wijziging/verstuurd/${result.caseId}` : "/mijn"));
  }
  const result = await submitCorrection(state.services.db, { resident, caseId: flow.caseId, lang: state.lang, actor });
  if (result.outcome === "incomplete") return data(submission.reply({ formErrors: ["changes:errors.incomplete"] }), { status: 400 });
  if (result.outcome === "not-found") throw new Response("Not Found", { status: 404 });
  state.session.flash("notice", result.outcome === "closed" ? "changes-closed" : "changes-corrected");
  return redirect(localizePath(state.lang, `/mijn/zaken/${flow.caseId}`));
}

export default function ChangeReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  const flow = loaderData.flow as ChangeFlow;
  const paths = flowPaths(flow);
  const [form, fields] = useForm({
    id: "verklaring",
    lastResult: actionData,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: withResidentConfirmation(DeclarationSchema, loaderData.assisted) }),
  });
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  const firstTopic = loaderData.topics[0]?.slug ?? "";
  return (
    <>
      <PageTitle title={t("review.title")} hasErrors={hasErrors} />
      <p className="meedoen-back">
        <a className="utrecht-link" href={href(paths.start)}>
          {t("topic.back")}
        </a>
      </p>
      <h1 className="utrecht-heading-1">{t("review.title")}</h1>
      <ErrorSummary
        items={[
          { targetId: fields.inwonerBevestigt.id, errors: fields.inwonerBevestigt.errors },
          { targetId: fields.verklaring.id, errors: fields.verklaring.errors },
          { targetId: `samenvatting-${firstTopic}`, errors: form.errors },
        ]}
      />
      {loaderData.incomplete ? <p className="utrecht-paragraph meedoen-incomplete">{t("review.notAllDone")}</p> : <p className="utrecht-paragraph">{t("review.intro")}</p>}
      {loaderData.pickedUp ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t("review.afterPickUp")}</p>
        </Alert>
      ) : null}
      <ChangeSummary topics={loaderData.topics} changeHref={(slug) => `${href(paths.topic(slug))}?terug=controleren`} />
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href(paths.start)}>
          {t("review.addTopic")}
        </a>
      </p>
      <h2 className="utrecht-heading-2">{t("review.declarationTitle")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {loaderData.assisted ? <ResidentConfirms field={fields.inwonerBevestigt} /> : null}
        <CheckboxField field={fields.verklaring} label={t("review.declaration")} />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {flow.kind === "correction" ? t("review.correctionSubmit") : t("review.submit")}
        </button>
      </Form>
    </>
  );
}
