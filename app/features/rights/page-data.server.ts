import type { Municipality } from "~/features/municipalities/municipalities.server";
import { todayIso } from "~/lib/date-schema";
import { DEFAULT_LANGUAGE, type Language } from "~/lib/i18n";
import { getNamespaces } from "~/lib/translations.server";
import type { DutchSection, RightsPageData } from "./rights-page";
import { applicableSections, type RightsSection, rightsValues } from "./sections";

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => values[name] ?? m);

/** Everything the rights page shows, for a resident (personalised) or for anyone (public). */
export function rightsPageData(municipality: Municipality, lang: Language, resident: { birthDate: string | null } | null) {
  const { duties, rights, contact } = applicableSections(municipality, resident, todayIso());
  const values = rightsValues(municipality);
  const shown: RightsSection[] = [...duties, ...rights, contact];
  let dutch: Record<string, DutchSection> | null = null;
  if (lang !== DEFAULT_LANGUAGE) {
    // The binding Dutch text, offered beside the translation.
    const nl = getNamespaces(DEFAULT_LANGUAGE, ["rights"]).rights as { sections: Record<string, { title: string; summary: string; details: Record<string, string> }> };
    dutch = Object.fromEntries(
      shown.map((key) => {
        const section = nl.sections[key]!;
        return [key, { title: fill(section.title, values), summary: fill(section.summary, values), details: Object.values(section.details).map((p) => fill(p, values)) }];
      }),
    );
  }
  const data: RightsPageData = { lang, values, duties, rights, dutch };
  return { data, shown, translations: getNamespaces(lang, ["rights"]) };
}
