import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "./i18n";

/**
 * One i18next instance per language and resource set, created synchronously so the server
 * render and the browser's hydration produce the same text.
 */
export function createI18n(lang: Language, resources: Record<string, Record<string, unknown>>): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(resources),
    defaultNS: "common",
    resources: { [lang]: resources },
    initAsync: false,
    // React escapes output already; double escaping would show "&amp;" to residents.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
