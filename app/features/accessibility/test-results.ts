import type { Language } from "~/lib/i18n";

/**
 * What the accessibility statement (/toegankelijkheid) says about testing. The figures are
 * counted from the end-to-end suite, not estimated: every `checkA11y(page)` call in
 * tests/e2e/*.spec.ts (and the login pages `loginAsResident`/`loginAsStaff` in
 * tests/e2e/fixtures.ts check on the way) runs axe-core with the WCAG 2.0, 2.1 and 2.2 A/AA
 * rules, at 320 and 1280 CSS pixels wide, plus a reflow check at 320 px, in the project with
 * JavaScript and in the one without. The list below says, per page of app/routes.ts (its Dutch
 * path), in which languages the suite opens it and runs axe. Counted by reading the specs on
 * `COUNTED_ON`; app/features/accessibility/test-results.test.ts keeps every path in line with
 * app/routes.ts. Update the list (and the date) when a journey adds or drops a page or a
 * language. The development identity provider (/dev-idp) is checked too, but is not part of
 * the site in production, so it is not counted.
 *
 * Not measured here, and so not claimed in the statement: an audit by an independent expert,
 * manual tests with screen readers, and a review of the translations by native speakers.
 */
export const COUNTED_ON = "2026-11-24";

export const AXE_CHECKED_PAGES: Record<string, readonly Language[]> = {
  // Public pages and logging in
  "": ["nl", "ar"],
  ":municipality": ["nl", "en", "ar", "tr", "pl", "uk"],
  ":municipality/rechten-en-plichten": ["nl", "ar"],
  toegankelijkheid: ["nl", "ar"],
  inloggen: ["nl", "en", "ar", "tr", "pl", "uk"],
  uitgelogd: ["nl"],
  "*": ["nl", "en"],
  // Mijn Meedoen
  mijn: ["nl", "en", "ar", "tr", "pl", "uk"],
  "mijn/contactgegevens": ["nl"],
  "mijn/rechten-en-plichten": ["nl", "tr"],
  "mijn/zaken/:caseId": ["nl", "ar", "tr"],
  "mijn/hulp-samenvatting": ["ar"],
  "mijn/inschrijven": ["nl", "ar"],
  "mijn/inschrijven/:step": ["nl", "ar"],
  "mijn/inschrijven/controleren": ["nl", "ar"],
  "mijn/inschrijven/bevestiging": ["nl", "ar"],
  "mijn/inschrijven/bewijs": ["nl", "ar"],
  "mijn/werkzoekende-profiel": ["nl"],
  "mijn/wijziging": ["nl", "ar", "pl"],
  "mijn/wijziging/:topic": ["nl", "ar", "pl"],
  "mijn/wijziging/controleren": ["nl", "ar", "pl"],
  "mijn/wijziging/verstuurd/:caseId": ["nl", "ar", "pl"],
  "mijn/wijziging/verbeteren/:caseId": ["nl"],
  "mijn/wijziging/verbeteren/:caseId/:topic": ["nl"],
  "mijn/wijziging/verbeteren/:caseId/controleren": ["nl"],
  "mijn/controle": ["nl"],
  "mijn/controle/:topic": ["nl"],
  "mijn/controle/:topic/wijziging": ["nl"],
  "mijn/controle/controleren": ["nl"],
  "mijn/controle/bedankt": ["nl"],
  "mijn/uitstroompremie": ["nl", "uk"],
  "mijn/uitstroompremie/vragen": ["nl", "uk"],
  "mijn/uitstroompremie/uitkomst": ["nl", "uk"],
  "mijn/uitstroompremie/werk": ["nl", "uk"],
  "mijn/uitstroompremie/bewijs": ["nl", "uk"],
  "mijn/uitstroompremie/rekening": ["nl", "uk"],
  "mijn/uitstroompremie/controleren": ["nl", "uk"],
  "mijn/uitstroompremie/bevestiging": ["nl", "uk"],
  // Staff pages
  "medewerker/inloggen": ["nl", "ar"],
  medewerker: ["nl"],
  "medewerker/hulp": ["nl"],
  "medewerker/zaken": ["nl", "ar", "uk"],
  "medewerker/zaken/:caseId": ["nl", "ar", "uk"],
  "medewerker/cijfers": ["nl", "ar"],
  "medewerker/instellingen": ["nl"],
  "medewerker/instellingen/uitstroompremie": ["nl"],
};

/** Viewport widths in CSS pixels (tests/e2e/fixtures.ts, A11Y_WIDTHS). */
export const AXE_WIDTHS = [320, 1280] as const;

/** The figures the statement shows. */
export function accessibilityTestFigures() {
  const languages = new Set(Object.values(AXE_CHECKED_PAGES).flat());
  return {
    countedOn: COUNTED_ON,
    pages: Object.keys(AXE_CHECKED_PAGES).length,
    pageLanguages: Object.values(AXE_CHECKED_PAGES).reduce((sum, langs) => sum + langs.length, 0),
    languages: languages.size,
    smallWidth: AXE_WIDTHS[0],
    largeWidth: AXE_WIDTHS[1],
  };
}
