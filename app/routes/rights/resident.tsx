import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/resident";
import { Alert } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { rightsPageData } from "~/features/rights/page-data.server";
import { RightsPage } from "~/features/rights/rights-page";
import { acknowledgeRights, latestAcknowledgement, rightsTextVersion } from "~/features/rights/rights.server";
import { requireResident } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

async function load(state: ReturnType<typeof getRequestState>, request: Request) {
  const resident = await requireResident(state, request);
  const municipality = resident.municipality_id ? await getMunicipalityById(state.services.db, resident.municipality_id) : null;
  if (!municipality) throw redirect(localizePath(state.lang, "/mijn"));
  const page = rightsPageData(municipality, state.lang, { birthDate: resident.birth_date });
  return { resident, municipality, page, version: rightsTextVersion(municipality, page.shown) };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, page, version } = await load(state, request);
  const latest = await latestAcknowledgement(state.services.db, resident.id);
  return {
    data: page.data,
    translations: page.translations,
    acknowledged: latest && latest.text_version === version ? formatDate(latest.acknowledged_at, state.lang) : null,
    // Read an earlier version: the text changed since, so ask again.
    changedSinceRead: Boolean(latest && latest.text_version !== version),
  };
}

// "Ik heb dit gelezen": records who, which version, which language, when.
export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality, version } = await load(state, request);
  await acknowledgeRights(state.services.db, { residentId: resident.id, municipalityId: municipality.id, version, language: state.lang });
  return redirect(`${localizePath(state.lang, "/mijn/rechten-en-plichten")}#gelezen`);
}

export default function ResidentRights({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("rights");
  const acknowledgement = (
    <section className="meedoen-inset" id="gelezen" aria-labelledby="acknowledge-title" tabIndex={-1}>
      <h2 className="utrecht-heading-2" id="acknowledge-title">
        {t("acknowledge.title")}
      </h2>
      {loaderData.acknowledged ? (
        <Alert type="ok" role="status">
          {t("acknowledge.done", { date: loaderData.acknowledged })}
        </Alert>
      ) : (
        <>
          {loaderData.changedSinceRead ? <Alert type="warning">{t("acknowledge.changed")}</Alert> : null}
          <p className="utrecht-paragraph">{t("acknowledge.text")}</p>
          <Form method="post">
            <CsrfField />
            <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
              {t("acknowledge.button")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
  return (
    <>
      <PageTitle title={t("title")} />
      <RightsPage data={loaderData.data} acknowledgement={acknowledgement} />
    </>
  );
}
