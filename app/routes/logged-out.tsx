import { useTranslation } from "react-i18next";
import type { Route } from "./+types/logged-out";
import { Heading1, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { usePageLanguage } from "~/lib/use-page-language";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export default function LoggedOut(_: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("logout.title")} />
      <Heading1>{t("logout.title")}</Heading1>
      <Paragraph>{t("logout.text")}</Paragraph>
      <Paragraph>
        <Link to={href("/")}>{t("logout.home")}</Link>
      </Paragraph>
    </>
  );
}
