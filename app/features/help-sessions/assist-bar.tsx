import { Form, useLocation } from "react-router";
import { localizePath, parseLocalizedPath } from "~/lib/i18n";
import type { AssistBar as AssistBarData } from "~/lib/root-data";
import { CsrfField } from "~/components/csrf-field";

/**
 * "Hulp-sessie voor F.E.A. — gestart 10:32 — beëindigen", on every page of a help session, in
 * Dutch for the employee whatever language the page is in for the resident.
 */
export function AssistBar({ bar }: { bar: AssistBarData }) {
  const { pathname } = useLocation();
  const { lang, path } = parseLocalizedPath(pathname);
  const pageLang = lang ?? "nl";
  return (
    <section className="meedoen-assist-bar" lang="nl" dir="ltr" aria-label={bar.texts.bar}>
      <div className="meedoen-container meedoen-assist-bar__inner">
        <strong>{bar.texts.bar}</strong>
        {bar.residentLanguage && bar.residentLanguage !== pageLang && bar.texts.residentLanguage ? (
          <a className="utrecht-link meedoen-assist-bar__link" href={localizePath(bar.residentLanguage, path)}>
            {bar.texts.residentLanguage}
          </a>
        ) : null}
        <a className="utrecht-link meedoen-assist-bar__link" href={localizePath(pageLang, "/mijn/hulp-samenvatting")}>
          {bar.texts.summary}
        </a>
        <Form method="post" action="/medewerker/hulp/beeindigen" reloadDocument>
          <CsrfField />
          <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
            {bar.texts.end}
          </button>
        </Form>
      </div>
    </section>
  );
}
