import { useTranslation } from "react-i18next";
import type { Route } from "./+types/staff-home";
import { Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { requireStaff } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request);
  const municipality = await getMunicipalityById(state.services.db, staff.municipality_id);
  return { name: staff.name, role: staff.role, municipality: municipality?.name ?? "" };
}

export default function StaffHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("staffHome.title")} />
      <Heading1>{t("staffHome.title")}</Heading1>
      <Paragraph>{t("staffHome.signedIn", { name: loaderData.name, role: t(`roles.${loaderData.role}`), municipality: loaderData.municipality })}</Paragraph>
      <Paragraph>{t("staffHome.comingSoon")}</Paragraph>
    </>
  );
}
