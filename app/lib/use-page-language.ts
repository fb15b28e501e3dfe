import { useRouteLoaderData } from "react-router";
import { DEFAULT_LANGUAGE, type Language, localizePath } from "./i18n";

type RootData = { lang: Language };

/** The page's language and a helper for links that stay in it. */
export function usePageLanguage() {
  const data = useRouteLoaderData("root") as RootData | undefined;
  const lang = data?.lang ?? DEFAULT_LANGUAGE;
  return { lang, href: (path: string) => localizePath(lang, path) };
}
