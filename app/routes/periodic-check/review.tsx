import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/review";
import { ErrorSummary } from "~/components/error-summary";
import { CheckboxField } from "~/components/field";
import { Link } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { ChangeSummary } from "~/features/changes/change-summary";
import { reportDisplay } from "~/features/changes/display.server";
import { assembleReport, listDraftUploads } from "~/features/changes/drafts.server";
import { changesTranslations } from "~/features/changes/page-data.server";
import { TopicIcon } from "~/features/changes/pictograms";
import { DeclarationSchema } from "~/features/changes/schema";
import { CHANGE_TOPIC_SLUGS, findTopic } from "~/features/changes/topics";
import { CHECK_TOPICS, getCheckDraftAnswers, submitCheck } from "~/features/periodic-check/check.server";
import { lateCheckRedirect, requireOpenCheck } from "~/features/periodic-check/page-data.server";
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

// The check's answers on one page: each topic "niets" or "wel veranderd" (with the details),
// then declare and send.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, check } = await requireOpenCheck(state, request);
  const { db } = state.services;
  const { draft, answers } = await getCheckDraftAnswers(db, resident.id, check.roundId);
  const report = draft ? await assembleReport({ kind: "check" }, draft.answers, await listDraftUploads(db, draft.id)) : null;
  return {
    translations: changesTranslations(state),
    assisted: isAssisted(state),
    answers: CHECK_TOPICS.map((slug) => ({ slug, answer: answers[slug] ?? null, incomplete: report?.incomplete.includes(slug) ?? false })),
    changes: report ? reportDisplay(report, state.lang) : [],
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireOpenCheck(state, request);
  const submission = parseWithZod(await readFormData(request), { schema: withResidentConfirmation(DeclarationSchema, isAssisted(state)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await submitCheck(state.services.db, {
    resident,
    municipality,
    lang: state.lang,
    actor: residentActor(state, resident),
    retentionDays: municipality.settings.draftRetentionDays,
  });
  switch (result.outcome) {
    case "incomplete":
      return data(submission.reply({ formErrors: [result.unanswered.length ? "changes:errors.check.unanswered" : "changes:errors.incomplete"] }), { status: 400 });
    case "closed":
      throw await lateCheckRedirect(state, { resident, municipality });
    case "no-check":
      return redirect(localizePath(state.lang, "/mijn/controle"));
    default:
      return redirect(localizePath(state.lang, "/mijn/controle/bedankt"));
  }
}

export default function CheckReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  const [form, fields] = useForm({
    id: "verklaring",
    lastResult: actionData,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: withResidentConfirmation(DeclarationSchema, d.assisted) }),
  });
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  return (
    <>
      <PageTitle title={t("check.reviewTitle")} hasErrors={hasErrors} />
      <p className="meedoen-back">
        <Link to={href(`/mijn/controle/${CHANGE_TOPIC_SLUGS[CHANGE_TOPIC_SLUGS.length - 1]}`)}>{t("topic.back")}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("check.reviewTitle")}</h1>
      <ErrorSummary
        items={[
          { targetId: fields.inwonerBevestigt.id, errors: fields.inwonerBevestigt.errors },
          { targetId: fields.verklaring.id, errors: fields.verklaring.errors },
          { targetId: "controle-antwoorden", errors: form.errors },
        ]}
      />
      <p className="utrecht-paragraph">{t("check.reviewIntro")}</p>
      <dl className="meedoen-summary meedoen-check-answers" id="controle-antwoorden" tabIndex={-1}>
        {d.answers.map(({ slug, answer, incomplete }) => {
          const topic = findTopic(slug)!;
          return (
            <div key={slug}>
              <dt className="meedoen-topic-heading">
                <TopicIcon slug={slug} />
                <span>{t(`topics.${topic.key}.label`)}</span>
              </dt>
              <dd>
                {answer ? <span>{t(`check.answers.${answer}`)}</span> : <strong>{t("check.unanswered")}</strong>}
                {incomplete ? <span className="meedoen-incomplete"> {t("review.incomplete")}</span> : null}{" "}
                <a className="utrecht-link" href={`${href(`/mijn/controle/${slug}`)}?terug=controleren`}>
                  {t("review.change")}
                  <span className="meedoen-visually-hidden"> {t(`topics.${topic.key}.label`)}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      {d.changes.length ? (
        <>
          <h2 className="utrecht-heading-2">{t("check.changesTitle")}</h2>
          <ChangeSummary topics={d.changes} headingLevel={3} changeHref={(slug) => `${href(`/mijn/controle/${slug}/wijziging`)}?terug=controleren`} />
        </>
      ) : null}
      <h2 className="utrecht-heading-2">{t("review.declarationTitle")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {d.assisted ? <ResidentConfirms field={fields.inwonerBevestigt} /> : null}
        <CheckboxField field={fields.verklaring} label={t("review.declaration")} />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("check.submit")}
        </button>
      </Form>
    </>
  );
}
