import { useTranslation } from "react-i18next";
import { useRouteLoaderData } from "react-router";
import type { HelpContact, RootData } from "~/lib/root-data";
import { usePageLanguage } from "~/lib/use-page-language";
import { Link } from "./nlds";
import { PhoneLink } from "./phone-link";

/** The way out to a person, on every page: residents who get stuck must always see who to call. */
export function SiteFooter({ help }: { help: HelpContact | null }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  // On a municipality's page the statement names that municipality's Servicepunt to report problems to.
  const slug = (useRouteLoaderData("root") as RootData | undefined)?.municipality?.slug;
  const statement = `${href("/toegankelijkheid")}${slug ? `?gemeente=${encodeURIComponent(slug)}` : ""}`;
  return (
    <footer className="utrecht-page-footer meedoen-footer">
      <div className="meedoen-container">
        <h2 className="utrecht-heading-2 meedoen-footer__title">{t("layout.help.title")}</h2>
        {help ? (
          <p className="utrecht-paragraph">
            {t("layout.help.callServicepunt", { name: help.name })}{" "}
            <PhoneLink help={help} className="meedoen-footer__link" />
          </p>
        ) : (
          <p className="utrecht-paragraph">{t("layout.help.callMunicipality")}</p>
        )}
        <p className="utrecht-paragraph">{t("layout.help.interpreter")}</p>
        <p className="utrecht-paragraph">
          <Link to={statement} className="meedoen-footer__link">
            {t("layout.accessibilityLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
