import { useTranslation } from "react-i18next";
import { useRouteLoaderData } from "react-router";
import type { Route } from "./+types/accessibility-statement";
import { Heading1, Heading2, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { PhoneLink } from "~/components/phone-link";
import { accessibilityTestFigures } from "~/features/accessibility/test-results";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { formatDate } from "~/lib/format-date.server";
import { withoutScripts } from "~/lib/page-scripts";
import { getRequestState } from "~/lib/request-context.server";
import type { RootData } from "~/lib/root-data";
import { getNamespaces } from "~/lib/translations.server";

// The toegankelijkheidsverklaring, after the model statement of digitoegankelijk.nl. What it
// claims about testing comes from app/features/accessibility/test-results.ts, so the page never
// says more than the test suite does.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const figures = accessibilityTestFigures();
  const contact = state.services.env.ACCESSIBILITY_CONTACT;
  // Opened from a municipality's page (the footer link says which): that Servicepunt, also for a
  // visitor who is not signed in. An unknown slug is ignored: the page itself always exists.
  const slug = new URL(request.url).searchParams.get("gemeente");
  const municipality = slug ? await getMunicipalityBySlug(state.services.db, slug) : null;
  const servicepunt = municipality?.settings.servicepunt;
  return {
    translations: getNamespaces(state.lang, ["accessibility"]),
    figures: { ...figures, countedOn: formatDate(figures.countedOn, state.lang) },
    contact: { href: contact, label: contact.replace(/^mailto:/, "") },
    servicepunt: servicepunt ? { name: servicepunt.name, phone: servicepunt.phone, phoneDisplay: servicepunt.phoneDisplay } : null,
  };
}

export const handle = withoutScripts;

const LIMITATIONS = ["audit", "translations", "documents", "readAloud", "someLanguages"] as const;

export default function AccessibilityStatement({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("accessibility");
  const { figures, contact } = loaderData;
  // Else the Servicepunt of the signed-in resident's (or employee's) municipality, when known.
  const rootHelp = (useRouteLoaderData("root") as RootData | undefined)?.help ?? null;
  const help = loaderData.servicepunt ?? rootHelp;
  return (
    <>
      <PageTitle title={t("title")} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>

      <Heading2 id="status">{t("status.title")}</Heading2>
      <Paragraph>
        <strong>{t("status.value")}</strong>
      </Paragraph>
      <Paragraph>{t("status.text")}</Paragraph>

      <Heading2 id="standaard">{t("standard.title")}</Heading2>
      <Paragraph>{t("standard.text")}</Paragraph>

      <Heading2 id="getest">{t("tested.title")}</Heading2>
      <Paragraph>{t("tested.text")}</Paragraph>
      <UnorderedList>
        <ListItem>{t("tested.pages", { pages: figures.pages, languages: figures.languages })}</ListItem>
        <ListItem>{t("tested.combinations", { number: figures.pageLanguages })}</ListItem>
        <ListItem>{t("tested.widths", { small: figures.smallWidth, large: figures.largeWidth })}</ListItem>
        <ListItem>{t("tested.noScript")}</ListItem>
      </UnorderedList>
      <Paragraph>{t("tested.countedOn", { date: figures.countedOn })}</Paragraph>

      <Heading2 id="beperkingen">{t("limitations.title")}</Heading2>
      <UnorderedList>
        {LIMITATIONS.map((key) => (
          <ListItem key={key}>{t(`limitations.${key}`)}</ListItem>
        ))}
      </UnorderedList>

      <Heading2 id="melden">{t("report.title")}</Heading2>
      <Paragraph>{t("report.text")}</Paragraph>
      {help ? (
        <Paragraph>
          {t("report.servicepunt", { name: help.name })} <PhoneLink help={help} />
        </Paragraph>
      ) : (
        <Paragraph>{t("report.municipality")}</Paragraph>
      )}
      <Paragraph>
        {t("report.online")}{" "}
        <a className="utrecht-link" href={contact.href} dir="ltr">
          {contact.label}
        </a>
      </Paragraph>
      <Paragraph>{t("report.describe")}</Paragraph>

      <Heading2 id="niet-tevreden">{t("complaint.title")}</Heading2>
      <Paragraph>{t("complaint.text")}</Paragraph>

      <Heading2 id="datum">{t("date.title")}</Heading2>
      <Paragraph>{t("date.text", { date: figures.countedOn })}</Paragraph>
    </>
  );
}
