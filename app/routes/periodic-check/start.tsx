import { useTranslation } from "react-i18next";
import type { Route } from "./+types/start";
import { ButtonLink, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { changesTranslations, requireReporter } from "~/features/changes/page-data.server";
import { CHECK_TOPICS, getCheckDraftAnswers, getResidentCheck } from "~/features/periodic-check/check.server";
import { lateCheckRedirect } from "~/features/periodic-check/page-data.server";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// The periodic check's first page: why we ask, until when, and how (one tap per topic).
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireReporter(state, request);
  const { db } = state.services;
  const check = await getResidentCheck(db, resident.id);
  const base = { translations: changesTranslations(state) };
  if (!check) return { ...base, state: "none" as const };
  if (check.answeredAt) return { ...base, state: "done" as const, caseId: check.caseId };
  if (check.closed) throw await lateCheckRedirect(state, { resident, municipality });
  const { answers } = await getCheckDraftAnswers(db, resident.id, check.roundId);
  const next = CHECK_TOPICS.find((slug) => !answers[slug]);
  return {
    ...base,
    state: "open" as const,
    closesOn: formatDate(check.closesOn, state.lang),
    started: Object.keys(answers).length > 0,
    nextPath: next ? `/mijn/controle/${next}` : "/mijn/controle/controleren",
  };
}

export default function CheckStart({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("check.title")} />
      <p className="meedoen-back">
        <Link to={href("/mijn")}>{t("start.back")}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("check.title")}</h1>
      {d.state === "none" ? (
        <>
          <Paragraph>{t("check.none")}</Paragraph>
          <Paragraph>
            <Link to={href("/mijn/wijziging")}>{t("check.reportLink")}</Link>
          </Paragraph>
        </>
      ) : null}
      {d.state === "done" ? (
        <>
          <Paragraph>{t("check.done")}</Paragraph>
          {d.caseId ? (
            <Paragraph>
              <Link to={href(`/mijn/zaken/${d.caseId}`)}>{t("check.answersLink")}</Link>
            </Paragraph>
          ) : null}
        </>
      ) : null}
      {d.state === "open" ? (
        <>
          <Paragraph lead>{t("check.intro")}</Paragraph>
          <Paragraph>
            <strong>{t("check.deadline", { date: d.closesOn })}</strong>
          </Paragraph>
          <Paragraph>{t("check.how")}</Paragraph>
          <p className="meedoen-actions">
            <ButtonLink to={href(d.nextPath)}>{d.started ? t("check.continue") : t("check.start")}</ButtonLink>
          </p>
        </>
      ) : null}
    </>
  );
}
