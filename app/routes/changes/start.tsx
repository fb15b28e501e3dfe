import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/start";
import { CheckboxGroup } from "~/components/choice-fields";
import { ErrorSummary } from "~/components/error-summary";
import { radioOptionId } from "~/components/field";
import { Alert } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { startCorrection } from "~/features/changes/changes.server";
import { getFlowDraft, saveFlowStep } from "~/features/changes/drafts.server";
import { type ChangeFlow, chosenTopics, flowPaths } from "~/features/changes/flow";
import { changesTranslations, requireReporter, resolveFlow } from "~/features/changes/page-data.server";
import { TopicIcon } from "~/features/changes/pictograms";
import { TopicsSchema } from "~/features/changes/schema";
import { CHANGE_TOPICS } from "~/features/changes/topics";
import { localizePath } from "~/lib/i18n";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// "Wijziging doorgeven": choose what changed (one or more topics, with pictograms). The same
// page starts a correction of a report already sent (/mijn/wijziging/verbeteren/<case>).
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireReporter(state, request);
  const flow = resolveFlow(request, params);
  const { db } = state.services;
  let draft = await getFlowDraft(db, resident.id, flow);
  if (!draft && flow.kind === "correction") {
    const started = await startCorrection(db, { residentId: resident.id, caseId: flow.caseId, retentionDays: municipality.settings.draftRetentionDays });
    if (started === "not-found") throw new Response("Not Found", { status: 404 });
    if (started === "closed") {
      state.session.flash("notice", "changes-closed");
      throw redirect(localizePath(state.lang, `/mijn/zaken/${flow.caseId}`));
    }
    draft = await getFlowDraft(db, resident.id, flow);
  }
  return {
    translations: changesTranslations(state),
    flow,
    chosen: draft ? chosenTopics(flow, draft.answers) : [],
    notice: state.session.get("notice") ?? null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireReporter(state, request);
  const flow = resolveFlow(request, params);
  if (flow.kind === "correction" && !(await getFlowDraft(state.services.db, resident.id, flow))) throw redirect(localizePath(state.lang, flowPaths(flow).start));
  const submission = parseWithZod(await readFormData(request), { schema: TopicsSchema });
  // What was ticked is kept even when the page comes back with a problem.
  await saveFlowStep(state.services.db, { residentId: resident.id, flow, step: "onderwerpen", values: { onderwerpen: submission.payload.onderwerpen ?? [] }, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  return redirect(localizePath(state.lang, flowPaths(flow).topic(submission.value.onderwerpen[0]!)));
}

export default function ChangeStart({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  const flow = loaderData.flow as ChangeFlow;
  const [form, fields] = useForm<{ onderwerpen: string[] }>({
    id: "onderwerpen",
    lastResult: actionData,
    defaultValue: { onderwerpen: loaderData.chosen },
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TopicsSchema }),
  });
  const correcting = flow.kind === "correction";
  const title = correcting ? t("start.correctionTitle") : t("start.title");
  return (
    <>
      <PageTitle title={title} hasErrors={Boolean(fields.onderwerpen.errors?.length)} />
      <p className="meedoen-back">
        <a className="utrecht-link" href={href(correcting ? `/mijn/zaken/${flow.caseId}` : "/mijn")}>
          {t("start.back")}
        </a>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {loaderData.notice === "changes-check-closed" ? (
        <Alert type="info" role="status">
          {t("start.checkClosed")}
        </Alert>
      ) : null}
      {correcting ? (
        <p className="utrecht-paragraph">{t("start.correctionIntro")}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t("start.intro")}</p>
          <p className="utrecht-paragraph">{t("start.why")}</p>
        </>
      )}
      <ErrorSummary items={[{ targetId: radioOptionId(fields.onderwerpen.id, CHANGE_TOPICS[0].slug), errors: fields.onderwerpen.errors }]} />
      <Form method="post" {...getFormProps(form)} className="meedoen-topic-choices">
        <CsrfField />
        <CheckboxGroup
          field={fields.onderwerpen}
          legend={<span className="utrecht-heading-2">{t("start.question")}</span>}
          hint={t("start.hint")}
          options={CHANGE_TOPICS.map((topic) => ({
            value: topic.slug,
            label: (
              <span className="meedoen-topic-option">
                <TopicIcon slug={topic.slug} />
                <span>
                  <span className="meedoen-topic-option__label">{t(`topics.${topic.key}.label`)}</span>
                  <span className="meedoen-topic-option__hint">{t(`topics.${topic.key}.hint`)}</span>
                </span>
              </span>
            ),
          }))}
        />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("start.continue")}
        </button>
      </Form>
    </>
  );
}
