import { useTranslation } from "react-i18next";
import type { HelpContact } from "~/lib/root-data";
import { PhoneLink } from "./phone-link";

/** The way out to a person, on every page: residents who get stuck must always see who to call. */
export function SiteFooter({ help }: { help: HelpContact | null }) {
  const { t } = useTranslation();
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
      </div>
    </footer>
  );
}
