import { useTranslation } from "react-i18next";
import type { Route } from "./+types/municipality-landing";
import { ButtonLink, Heading1, Heading2, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { OpeningHours } from "~/features/municipalities/opening-hours";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { withoutScripts } from "~/lib/page-scripts";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { PhoneLink } from "~/components/phone-link";

export async function loader({ params, context }: Route.LoaderArgs) {
  const municipality = await getMunicipalityBySlug(getRequestState(context).services.db, params.municipality);
  if (!municipality) throw new Response("Not Found", { status: 404 });
  return { name: municipality.name, servicepunt: municipality.settings.servicepunt };
}

const TASKS = ["register", "changes", "rights", "premium"] as const;

export const handle = withoutScripts;

export default function MunicipalityLanding({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const { name, servicepunt } = loaderData;
  return (
    <>
      <PageTitle title={t("landing.title", { municipality: name })} />
      <Heading1>{t("landing.title", { municipality: name })}</Heading1>
      <Paragraph lead>{t("landing.intro", { municipality: name })}</Paragraph>
      <Heading2>{t("landing.whatTitle")}</Heading2>
      <UnorderedList>
        {TASKS.map((task) => (
          <ListItem key={task}>{t(`landing.tasks.${task}`)}</ListItem>
        ))}
      </UnorderedList>
      <p className="meedoen-actions">
        <ButtonLink to={href("/inloggen")}>{t("landing.loginButton")}</ButtonLink>
      </p>
      <Paragraph>{t("landing.loginNote")}</Paragraph>
      <section aria-labelledby="help-title" className="meedoen-help">
        <Heading2 id="help-title">{t("landing.helpTitle")}</Heading2>
        <Paragraph>{t("landing.helpText")}</Paragraph>
        <address className="meedoen-address">
          <strong>{servicepunt.name}</strong>
          <br />
          {servicepunt.streetAddress}
          <br />
          {servicepunt.postalCode} {servicepunt.locality}
          <br />
          {t("landing.phone")}:{" "}
          <PhoneLink help={servicepunt} />
        </address>
        <h3 className="utrecht-heading-3">{t("landing.openingHours")}</h3>
        <OpeningHours hours={servicepunt.openingHours} />
        <Paragraph>{t("landing.interpreter")}</Paragraph>
      </section>
    </>
  );
}
