import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/topic";
import { type FlowDraft, getFlowDraft, listDraftUploads, removeDraftUpload, saveFlowStep, storeDraftUpload, typedAnswers } from "~/features/changes/drafts.server";
import { backFromTopic, type ChangeFlow, chosenTopics, flowPaths, nextAfterTopic } from "~/features/changes/flow";
import { changesTranslations, requireReporter, resolveFlow } from "~/features/changes/page-data.server";
import { TopicIcon } from "~/features/changes/pictograms";
import { createTopicSchema } from "~/features/changes/schema";
import { TopicForm } from "~/features/changes/topic-form";
import { CHANGE_TOPIC_SLUGS, type ChangeTopicSlug, findTopic } from "~/features/changes/topics";
import { getResidentCheck } from "~/features/periodic-check/check.server";
import { todayIso } from "~/lib/date-schema";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { takePendingForm } from "~/lib/pending-form.server";
import type { RequestState } from "~/lib/request-context.server";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { readUpload } from "~/lib/uploads.server";
import { getVirusScanner } from "~/lib/virus-scan.server";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// One topic of a change report: a date, an amount, a name, a file where one is usual. Serves
// the new report, a correction, and the "wel veranderd" answers of the periodic check.
async function loadContext(state: RequestState, request: Request, params: { topic: string; caseId?: string }) {
  const { resident, municipality } = await requireReporter(state, request);
  const flow = resolveFlow(request, params);
  const topic = findTopic(params.topic);
  if (!topic) throw new Response("Not Found", { status: 404 });
  const slug = topic.slug as ChangeTopicSlug;
  const { db } = state.services;
  if (flow.kind === "check") {
    const check = await getResidentCheck(db, resident.id);
    if (!check || check.answeredAt || check.closed) throw redirect(localizePath(state.lang, "/mijn/controle"));
  }
  const draft = await getFlowDraft(db, resident.id, flow);
  const belongs = draft && (flow.kind === "check" || chosenTopics(flow, draft.answers).includes(slug));
  if (!draft || !belongs) throw redirect(localizePath(state.lang, flow.kind === "check" ? `/mijn/controle/${slug}` : flowPaths(flow).start));
  return { resident, municipality, flow, topic, slug, draft: draft as FlowDraft };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const url = new URL(request.url);
  let ctx = await loadContext(state, request, params);
  const { db, env } = state.services;
  // Typed before the session expired and sent after logging in again: keep it (files need a new upload).
  const pending = takePendingForm(state, url.pathname);
  if (pending) {
    const submission = parseWithZod(pending, { schema: createTopicSchema(ctx.topic) });
    await saveFlowStep(db, { residentId: ctx.resident.id, flow: ctx.flow, step: ctx.slug, values: typedAnswers(submission.payload), retentionDays: ctx.municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
    ctx = await loadContext(state, request, params);
  }
  const returnToReview = url.searchParams.get("terug") === "controleren";
  const uploads = await listDraftUploads(db, ctx.draft.id);
  const carried = (ctx.draft.answers.__bestanden ?? {}) as Record<string, { fileName: string }>;
  const topics = ctx.flow.kind === "check" ? CHANGE_TOPIC_SLUGS : chosenTopics(ctx.flow, ctx.draft.answers);
  return {
    translations: changesTranslations(state),
    flow: ctx.flow,
    slug: ctx.slug,
    number: topics.indexOf(ctx.slug) + 1,
    total: topics.length,
    defaults: ctx.draft.answers[ctx.slug] ?? null,
    currentFile: uploads.find((u) => u.slot === ctx.slug)?.fileName ?? carried[ctx.slug]?.fileName ?? null,
    today: todayIso(),
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    returnToReview,
    backHref: localizePath(state.lang, backFromTopic(ctx.flow, ctx.slug, ctx.draft.answers, returnToReview)),
    draftExpiresOn: ctx.flow.kind === "check" ? null : formatDate(ctx.draft.expiresAt, state.lang),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const ctx = await loadContext(state, request, params);
  const { db, env } = state.services;
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "next");
  const returnToReview = formData.get("terug") === "controleren";
  const here = `${new URL(request.url).pathname}${returnToReview ? "?terug=controleren" : ""}`;
  const retentionDays = ctx.municipality.settings.draftRetentionDays;

  if (intent === "remove-file") {
    await removeDraftUpload(db, ctx.draft.id, ctx.slug);
    const carried = { ...((ctx.draft.answers.__bestanden ?? {}) as Record<string, unknown>) };
    if (carried[ctx.slug]) {
      delete carried[ctx.slug];
      await saveFlowStep(db, { residentId: ctx.resident.id, flow: ctx.flow, step: "__bestanden", values: carried, retentionDays, helpSessionId: helpSessionOf(state) });
    }
    return redirect(here);
  }

  const submission = parseWithZod(formData, { schema: createTopicSchema(ctx.topic, { maxUploadBytes: env.MAX_UPLOAD_BYTES }) });
  // Whatever was typed is kept first, valid or not, so nothing is lost.
  await saveFlowStep(db, { residentId: ctx.resident.id, flow: ctx.flow, step: ctx.slug, values: typedAnswers(submission.payload), retentionDays, helpSessionId: helpSessionOf(state) });
  const file = ctx.topic.upload ? await readUpload(formData.get("bestand"), env.MAX_UPLOAD_BYTES, getVirusScanner(env)) : { upload: null };
  if ("error" in file) return data(submission.reply({ fieldErrors: { bestand: [file.error] } }), { status: 400 });
  if (file.upload) await storeDraftUpload(db, { draftId: ctx.draft.id, residentId: ctx.resident.id, slot: ctx.slug, upload: file.upload });

  if (intent === "save" && ctx.flow.kind !== "check") {
    state.session.flash("notice", "draft-saved");
    return redirect(localizePath(state.lang, "/mijn"));
  }
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  return redirect(localizePath(state.lang, nextAfterTopic(ctx.flow, ctx.slug, ctx.draft.answers, returnToReview)));
}

export default function ChangeTopic({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const topic = findTopic(loaderData.slug)!;
  const flow = loaderData.flow as ChangeFlow;
  const title = t(`topics.${topic.key}.label`);
  const progress = t(flow.kind === "check" ? "check.progress" : "topic.progress", { number: loaderData.number, total: loaderData.total });
  return (
    <>
      <p className="meedoen-back">
        <Link className="utrecht-link" to={loaderData.backHref}>
          {t("topic.back")}
        </Link>
      </p>
      <p className="meedoen-progress">{progress}</p>
      <h1 className="utrecht-heading-1 meedoen-topic-heading">
        <TopicIcon slug={topic.slug} />
        <span>{title}</span>
      </h1>
      <p className="utrecht-paragraph">{t(`topics.${topic.key}.intro`)}</p>
      <TopicForm
        key={`${topic.slug}-${loaderData.currentFile ?? ""}`}
        topic={topic}
        defaults={loaderData.defaults}
        lastResult={actionData}
        today={loaderData.today}
        maxUploadBytes={loaderData.maxUploadBytes}
        currentFile={loaderData.currentFile}
        returnToReview={loaderData.returnToReview}
        pageTitle={`${title} – ${progress}`}
        allowSaveForLater={flow.kind !== "check"}
      />
      {loaderData.draftExpiresOn ? <p className="utrecht-paragraph meedoen-muted">{t("topic.draftKeptUntil", { date: loaderData.draftExpiresOn })}</p> : null}
    </>
  );
}
