import { useTranslation } from "react-i18next";
import type { Route } from "./+types/public";
import { PageTitle } from "~/components/page-title";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { rightsPageData } from "~/features/rights/page-data.server";
import { RightsPage } from "~/features/rights/rights-page";
import { withoutScripts } from "~/lib/page-scripts";
import { getRequestState } from "~/lib/request-context.server";

// The municipality's rights and obligations for anyone, before logging in.
export async function loader({ params, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const municipality = await getMunicipalityBySlug(state.services.db, params.municipality);
  if (!municipality) throw new Response("Not Found", { status: 404 });
  const { data, translations } = rightsPageData(municipality, state.lang, null);
  return { data, translations };
}

export const handle = withoutScripts;

export default function PublicRights({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("rights");
  return (
    <>
      <PageTitle title={t("title")} />
      <RightsPage data={loaderData.data} />
    </>
  );
}
