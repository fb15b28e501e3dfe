import { useTranslation } from "react-i18next";
import type { Route } from "./+types/home";
import { ButtonLink, Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { listMunicipalities } from "~/features/municipalities/municipalities.server";
import { withoutScripts } from "~/lib/page-scripts";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";

export async function loader({ context }: Route.LoaderArgs) {
  return { municipalities: await listMunicipalities(getRequestState(context).services.db) };
}

export const handle = withoutScripts;

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("home.title")} />
      <Heading1>{t("home.title")}</Heading1>
      <Paragraph lead>{t("home.intro")}</Paragraph>
      <Heading2>{t("home.chooseMunicipality")}</Heading2>
      <ul className="utrecht-link-list utrecht-link-list--html-ul">
        {loaderData.municipalities.map((m) => (
          <li className="utrecht-link-list__item" key={m.slug}>
            <Link to={href(`/${m.slug}`)}>{m.name}</Link>
          </li>
        ))}
      </ul>
      <Heading2>{t("home.loginTitle")}</Heading2>
      <Paragraph>{t("home.loginText")}</Paragraph>
      <p className="meedoen-actions">
        <ButtonLink to={href("/inloggen")}>{t("home.loginButton")}</ButtonLink>
      </p>
      <Paragraph>
        <Link to={href("/medewerker/inloggen")}>{t("home.staffLogin")}</Link>
      </Paragraph>
    </>
  );
}
