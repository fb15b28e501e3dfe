import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { LANGUAGE_NAMES, LANGUAGES, localizePath, parseLocalizedPath } from "~/lib/i18n";
import { usePageLanguage } from "~/lib/use-page-language";

/** Plain links (work without JavaScript), each in its own language and script. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang } = usePageLanguage();
  const location = useLocation();
  const { path, localized } = parseLocalizedPath(location.pathname);
  if (!localized) return null;
  return (
    <nav className="meedoen-language-switch" aria-label={t("layout.languageSwitch")}>
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            {code === lang ? (
              <span aria-current="true" lang={code}>
                {LANGUAGE_NAMES[code]}
              </span>
            ) : (
              <a href={localizePath(code, path) + location.search} hrefLang={code} lang={code} className="utrecht-link">
                {LANGUAGE_NAMES[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
