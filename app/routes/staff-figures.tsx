import { useTranslation } from "react-i18next";
import type { Route } from "./+types/staff-figures";
import { Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { loadFiguresPage } from "~/features/figures/figures-page.server";
import { CasesSection, FeedbackSection, MonthlySection, PeriodForm, PremiumsSection, RegistrationsSection, usePeriodLabel } from "~/features/figures/figures-sections";
import { requireStaff } from "~/lib/auth.server";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

// The figures for the council, per half year: for teamleiders and beheerders, not for the
// klantmanagers who work the cases (they get a 404, as for any page that is not theirs).
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["teamleider", "beheerder"]);
  const search = new URL(request.url).searchParams;
  const page = await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => loadFiguresPage(db, staff, search, state.lang));
  return { ...page, translations: getNamespaces(state.lang, ["figures"]) };
}

export default function StaffFigures({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("figures");
  const periodLabel = usePeriodLabel();
  const period = periodLabel(loaderData.period);
  return (
    <>
      <PageTitle title={`${t("title")}: ${period}`} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro", { municipality: loaderData.municipality })}</Paragraph>
      <PeriodForm period={loaderData.period} periods={loaderData.periods} />
      <Paragraph>
        <strong>{t("period.showing", { period })}</strong>
      </Paragraph>
      <Paragraph>
        {/* A plain link, not a router link: the file is downloaded, not shown as a page. */}
        <a className="utrecht-link utrecht-link--html-a" href={loaderData.csvHref} download>
          {t("download.link", { period })}
        </a>
        <br />
        {t("download.hint")}
      </Paragraph>
      <CasesSection data={loaderData} />
      <RegistrationsSection data={loaderData} />
      <MonthlySection id="figures-changes" section="changes" months={loaderData.changes} period={loaderData.period} note={t("changes.intro")} />
      <MonthlySection id="figures-checks" section="checks" months={loaderData.checks} period={loaderData.period} note={t("checks.rounds")} />
      <PremiumsSection data={loaderData} />
      <FeedbackSection data={loaderData} />
    </>
  );
}
