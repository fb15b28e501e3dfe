import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { RootData } from "~/lib/root-data";
import { usePageLanguage } from "~/lib/use-page-language";
import { LanguageSwitch } from "./language-switch";
import { CsrfField } from "~/components/csrf-field";

export function SiteHeader({ municipality, viewer }: Pick<RootData, "municipality" | "viewer">) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const home = viewer?.kind === "resident" ? href("/mijn") : viewer?.kind === "staff" ? href("/medewerker") : municipality ? href(`/${municipality.slug}`) : href("/");
  return (
    <header className="utrecht-page-header meedoen-header">
      <div className="meedoen-container meedoen-header__inner">
        <a className="meedoen-header__brand" href={home}>
          <span className="meedoen-header__municipality">{municipality?.name ?? "Meedoen"}</span>
          {municipality ? <span className="meedoen-header__product">Meedoen</span> : null}
        </a>
        {viewer ? (
          <Form method="post" action={href("/uitloggen")} className="meedoen-header__logout" reloadDocument>
            <CsrfField />
            <span className="meedoen-header__viewer">{t("layout.signedInAs", { name: viewer.name })}</span>{" "}
            <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action meedoen-header__button">
              {t("layout.logout")}
            </button>
          </Form>
        ) : null}
      </div>
      <div className="meedoen-container">
        <LanguageSwitch />
      </div>
    </header>
  );
}
