import { useTranslation } from "react-i18next";
import type { Route } from "./+types/resident-home";
import { Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { requireResident } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";

export async function loader({ request, context }: Route.LoaderArgs) {
  const resident = await requireResident(getRequestState(context), request);
  return { givenName: resident.given_name, hasContactDetails: Boolean(resident.reminder_channel) };
}

export default function ResidentHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("residentHome.title")} />
      <Heading1>{t("residentHome.greeting", { name: loaderData.givenName })}</Heading1>
      <Paragraph lead>{t("residentHome.intro")}</Paragraph>
      <Heading2>{t("residentHome.contactTitle")}</Heading2>
      <Paragraph>{loaderData.hasContactDetails ? t("residentHome.contactDone") : t("residentHome.contactTodo")}</Paragraph>
      <Paragraph>
        <Link to={href("/mijn/contactgegevens")}>{t("residentHome.contactLink")}</Link>
      </Paragraph>
    </>
  );
}
