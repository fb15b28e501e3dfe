import { DEFAULT_LANGUAGE, type Language } from "./i18n";

// All locale files are bundled into the server; only the page's language is sent to the browser.
const modules = import.meta.glob<{ default: Record<string, unknown> }>("../../locales/*/*.json", { eager: true });

export type Resources = Record<string, Record<string, unknown>>;

const byLanguage = new Map<string, Resources>();
for (const [file, module] of Object.entries(modules)) {
  const [, lang, namespace] = file.match(/locales\/([a-z]{2})\/([\w-]+)\.json$/) ?? [];
  if (!lang || !namespace) continue;
  const resources = byLanguage.get(lang) ?? {};
  resources[namespace] = module.default;
  byLanguage.set(lang, resources);
}

export function getResources(lang: Language): Resources {
  return byLanguage.get(lang) ?? {};
}

/**
 * Only the namespaces a page needs travel with it: the root sends `common`, a feature's
 * loaders add their own (`translations: getNamespaces(lang, ["registration"])`), and the root
 * component merges what the matched routes bring.
 */
export function getNamespaces(lang: Language, namespaces: string[]): Resources {
  const all = getResources(lang);
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}

/**
 * For a text shown in the page's language beside the binding Dutch: the languages of the
 * columns and, on a translated page, the Dutch namespaces the second column needs.
 */
export function besideDutch(lang: Language, namespaces: string[]): { languages: Language[]; dutchResources: Resources | null } {
  if (lang === DEFAULT_LANGUAGE) return { languages: [DEFAULT_LANGUAGE], dutchResources: null };
  return { languages: [lang, DEFAULT_LANGUAGE], dutchResources: getNamespaces(DEFAULT_LANGUAGE, namespaces) };
}
