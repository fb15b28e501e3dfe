import { useTranslation } from "react-i18next";
import type { Route } from "./+types/confirmation";
import { ButtonLink, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import type { ChangeSubmission } from "~/features/changes/changes.server";
import { changesTranslations, requireReporter } from "~/features/changes/page-data.server";
import { WORK_TOPIC } from "~/features/changes/topics";
import { WorkIncomeNote } from "~/features/changes/work-note";
import { getResidentCase } from "~/features/cases/cases.server";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident } = await requireReporter(state, request);
  const found = await getResidentCase(state.services.db, resident.id, params.caseId);
  if (!found || found.type !== "wijziging") throw new Response("Not Found", { status: 404 });
  const submission = found.submission as unknown as ChangeSubmission;
  return {
    translations: changesTranslations(state),
    caseId: found.id,
    reference: found.reference,
    answerBy: formatDate(found.deadline, state.lang),
    aboutWork: (submission.onderwerpen ?? []).includes(WORK_TOPIC),
  };
}

export default function ChangeConfirmation({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("confirmation.title")} />
      <div className="meedoen-panel" role="status">
        <h1 className="utrecht-heading-1">{t("confirmation.title")}</h1>
        <p className="utrecht-paragraph">
          {t("confirmation.reference")} <strong dir="ltr">{d.reference}</strong>
        </p>
      </div>
      <Paragraph>{t("confirmation.next", { date: d.answerBy })}</Paragraph>
      <Paragraph>{t("confirmation.mistake")}</Paragraph>
      {d.aboutWork ? <WorkIncomeNote /> : null}
      <p className="meedoen-actions">
        <ButtonLink to={href(`/mijn/zaken/${d.caseId}`)}>{t("confirmation.caseLink")}</ButtonLink>
      </p>
      <Paragraph>
        <Link to={href("/mijn")}>{t("confirmation.home")}</Link>
      </Paragraph>
    </>
  );
}
