import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/topic";
import { ErrorMessage } from "~/components/field";
import { Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { changesTranslations } from "~/features/changes/page-data.server";
import { TopicIcon } from "~/features/changes/pictograms";
import { CheckAnswerSchema } from "~/features/changes/schema";
import { type ChangeTopicSlug, findTopic } from "~/features/changes/topics";
import { CHECK_TOPICS, getCheckDraftAnswers, getKnownFacts, recordCheckAnswer } from "~/features/periodic-check/check.server";
import { requireOpenCheck } from "~/features/periodic-check/page-data.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// One topic of the periodic check: what the municipality knows, and one tap — "niets
// veranderd" goes on to the next topic, "wel veranderd" asks for the change's details.
function topicOf(params: { topic: string }) {
  const topic = findTopic(params.topic);
  if (!topic) throw new Response("Not Found", { status: 404 });
  return topic;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const topic = topicOf(params);
  const { resident, check } = await requireOpenCheck(state, request);
  const { db } = state.services;
  const [{ answers }, known] = await Promise.all([getCheckDraftAnswers(db, resident.id, check.roundId), getKnownFacts(db, resident)]);
  const index = CHECK_TOPICS.indexOf(topic.slug as ChangeTopicSlug);
  const returnToReview = new URL(request.url).searchParams.get("terug") === "controleren";
  return {
    translations: changesTranslations(state),
    slug: topic.slug,
    number: index + 1,
    total: CHECK_TOPICS.length,
    answer: answers[topic.slug] ?? null,
    returnToReview,
    backPath: returnToReview ? "/mijn/controle/controleren" : index > 0 ? `/mijn/controle/${CHECK_TOPICS[index - 1]}` : "/mijn/controle",
    known: {
      address: topic.slug === "verhuizen" ? known.address : null,
      benefitSince: (topic.slug === "werk" || topic.slug === "uitkering") && known.benefit ? formatDate(known.benefit.startedOn, state.lang) : null,
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const topic = topicOf(params);
  const { resident, municipality, check } = await requireOpenCheck(state, request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: CheckAnswerSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const slug = topic.slug as ChangeTopicSlug;
  await recordCheckAnswer(state.services.db, { residentId: resident.id, roundId: check.roundId, slug, answer: submission.value.antwoord, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  const returnToReview = formData.get("terug") === "controleren";
  if (submission.value.antwoord === "wel") return redirect(localizePath(state.lang, `/mijn/controle/${slug}/wijziging${returnToReview ? "?terug=controleren" : ""}`));
  const next = CHECK_TOPICS[CHECK_TOPICS.indexOf(slug) + 1];
  return redirect(localizePath(state.lang, returnToReview || !next ? "/mijn/controle/controleren" : `/mijn/controle/${next}`));
}

export default function CheckTopic({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  const topic = findTopic(d.slug)!;
  const label = t(`topics.${topic.key}.label`);
  const progress = t("check.progress", { number: d.number, total: d.total });
  const errors = actionData?.error?.antwoord ?? undefined;
  return (
    <>
      <PageTitle title={`${label} – ${progress}`} hasErrors={Boolean(errors?.length)} />
      <p className="meedoen-back">
        <Link to={href(d.backPath)}>{t("topic.back")}</Link>
      </p>
      <p className="meedoen-progress">{progress}</p>
      <h1 className="utrecht-heading-1 meedoen-topic-heading">
        <TopicIcon slug={topic.slug} />
        <span>{label}</span>
      </h1>
      <Paragraph lead>{t(`topics.${topic.key}.hint`)}</Paragraph>
      {d.known.address || d.known.benefitSince ? (
        <section className="meedoen-known" aria-labelledby="bekend-titel">
          <h2 className="utrecht-heading-3" id="bekend-titel">
            {t("check.known")}
          </h2>
          {d.known.address ? (
            <Paragraph>
              {t("check.knownAddress")} <strong dir="auto">{d.known.address}</strong>
            </Paragraph>
          ) : null}
          {d.known.benefitSince ? <Paragraph>{t("check.knownBenefit", { date: d.known.benefitSince })}</Paragraph> : null}
        </section>
      ) : null}
      <Form method="post" className="meedoen-check-answer">
        <CsrfField />
        {d.returnToReview ? <input type="hidden" name="terug" value="controleren" /> : null}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={errors?.length ? "antwoord-fout" : undefined}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-heading-2">{t("check.question")}</legend>
          <ErrorMessage id="antwoord-fout" errors={errors} />
          {d.answer ? (
            <p className="utrecht-paragraph">
              {t("check.earlier")} <strong>{t(`check.answers.${d.answer}`)}</strong>
            </p>
          ) : null}
          <div className="meedoen-button-row">
            <button
              type="submit"
              name="antwoord"
              value="niets"
              className="utrecht-button utrecht-button--html-button utrecht-button--primary-action"
            >
              {t("check.nothing")}
            </button>
            <button
              type="submit"
              name="antwoord"
              value="wel"
              className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action"
            >
              {t("check.changed")}
            </button>
          </div>
        </fieldset>
      </Form>
    </>
  );
}
