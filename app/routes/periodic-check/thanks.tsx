import { sql } from "kysely";
import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/thanks";
import { Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { changesTranslations, requireReporter } from "~/features/changes/page-data.server";
import { getResidentCheck } from "~/features/periodic-check/check.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident } = await requireReporter(state, request);
  const { db } = state.services;
  const check = await getResidentCheck(db, resident.id);
  if (!check?.answeredAt || !check.caseId) throw redirect(localizePath(state.lang, "/mijn/controle"));
  const invitation = await db.selectFrom("check_invitations").select("with_changes").where("round_id", "=", check.roundId).where("resident_id", "=", resident.id).executeTakeFirstOrThrow();
  const change = invitation.with_changes
    ? await db
        .selectFrom("cases")
        .select(["id", "reference", "deadline"])
        .where("resident_id", "=", resident.id)
        .where("type", "=", "wijziging")
        .where(sql<boolean>`submission @> ${JSON.stringify({ controleRonde: check.roundId })}::jsonb`)
        .orderBy("submitted_at", "desc")
        .executeTakeFirst()
    : undefined;
  return {
    translations: changesTranslations(state),
    checkCaseId: check.caseId,
    change: change ? { id: change.id, reference: change.reference, answerBy: formatDate(change.deadline, state.lang) } : null,
  };
}

export default function CheckThanks({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("check.thanksTitle")} />
      <div className="meedoen-panel" role="status">
        <h1 className="utrecht-heading-1">{t("check.thanksTitle")}</h1>
      </div>
      {d.change ? (
        <>
          <Paragraph>{t("check.thanksChanged", { date: d.change.answerBy })}</Paragraph>
          <Paragraph>
            <Link to={href(`/mijn/zaken/${d.change.id}`)}>
              {t("confirmation.caseLink")} <span dir="ltr">{d.change.reference}</span>
            </Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t("check.thanksNothing")}</Paragraph>
      )}
      <Paragraph>
        <Link to={href("/mijn")}>{t("confirmation.home")}</Link>
      </Paragraph>
    </>
  );
}
