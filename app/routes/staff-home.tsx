import { useTranslation } from "react-i18next";
import type { Route } from "./+types/staff-home";
import { Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { listRecentMunicipalityCases } from "~/features/cases/recent-cases.server";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { requireStaff } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { usePageLanguage } from "~/lib/use-page-language";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request);
  const { db } = state.services;
  const municipality = await getMunicipalityById(db, staff.municipality_id);
  const cases = staff.role === "klantmanager" ? await withMunicipalityScope(db, staff.municipality_id, (scoped) => listRecentMunicipalityCases(scoped, staff)) : [];
  return {
    name: staff.name,
    role: staff.role,
    municipality: municipality?.name ?? "",
    cases: cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, status: c.status, submittedOn: formatDate(c.submitted_at, state.lang), deadline: formatDate(c.deadline, state.lang) })),
    translations: getNamespaces(state.lang, staff.role === "beheerder" ? ["staff-two-factor"] : []),
  };
}

export default function StaffHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("staffHome.title")} />
      <Heading1>{t("staffHome.title")}</Heading1>
      <Paragraph>{t("staffHome.signedIn", { name: loaderData.name, role: t(`roles.${loaderData.role}`), municipality: loaderData.municipality })}</Paragraph>
      {loaderData.role === "klantmanager" ? (
        <>
          <Paragraph>
            <Link to={href("/medewerker/zaken")}>{t("staffHome.queueLink")}</Link>
          </Paragraph>
          <Heading2>{t("staffHome.recentCases")}</Heading2>
          {loaderData.cases.length === 0 ? <Paragraph>{t("staffHome.noCases")}</Paragraph> : null}
          <ul className="meedoen-case-list">
            {loaderData.cases.map((c) => (
              <li className="meedoen-case" key={c.id}>
                <Link to={href(`/medewerker/zaken/${c.id}`)}>
                  {t(`cases.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
                </Link>
                <br />
                {t(`cases.statuses.${c.status}`)} · {t("staffHome.caseDates", { submitted: c.submittedOn, deadline: c.deadline })}
              </li>
            ))}
          </ul>
        </>
      ) : loaderData.role === "beheerder" || loaderData.role === "teamleider" ? (
        <ul className="utrecht-unordered-list">
          {loaderData.role === "beheerder" ? (
            <li className="utrecht-unordered-list__item">
              <Link to={href("/medewerker/instellingen")}>{t("staffHome.settingsLink")}</Link>
            </li>
          ) : null}
          {loaderData.role === "beheerder" ? (
            <li className="utrecht-unordered-list__item">
              <Link to={href("/medewerker/instellingen/tweestapsverificatie")}>{t("staff-two-factor:admin.link")}</Link>
            </li>
          ) : null}
          <li className="utrecht-unordered-list__item">
            <Link to={href("/medewerker/cijfers")}>{t("staffHome.figuresLink")}</Link>
          </li>
        </ul>
      ) : (
        <Paragraph>
          <Link to={href("/medewerker/hulp")}>{t("staffHome.helpLink")}</Link>
        </Paragraph>
      )}
    </>
  );
}
