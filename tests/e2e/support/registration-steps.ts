import { expect, type Page } from "@playwright/test";
import { csrfTokenOf } from "./csrf";
import { type Lang, localized } from "./locales";

/**
 * Answers every registration step through the same forms, in the page's browser session (the
 * registration spec checks those pages one by one; other journeys only need a full draft).
 */
export async function answerRegistrationSteps(page: Page, lang: Lang = "nl") {
  const origin = new URL(page.url()).origin;
  const csrf = await csrfTokenOf(page);
  const steps: Array<[string, Record<string, string>]> = [
    ["over-u", { intent: "next" }],
    ["situatie", { intent: "next", situatie: "geen_werk", bijstandAanvragen: "ja" }],
    ["opleiding", { intent: "next", niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" }],
    ["werkervaring", { intent: "next" }],
    ["gewenst-werk", { intent: "next", beroep1: "kok", urenPerWeek: "24", dagen: "ma", reisafstand: "10" }],
    ["talen", { intent: "next", spreken: "goed", luisteren: "goed", lezen: "goed", schrijven: "goed" }],
    ["belemmeringen", { intent: "next" }],
    ["toestemming", { intent: "next", toestemmingTotDelenProfiel: "ja" }],
  ];
  for (const [slug, form] of steps) {
    const response = await page.request.post(localized(lang, `/mijn/inschrijven/${slug}`), { form: { ...form, csrf }, headers: { Origin: origin }, maxRedirects: 0 });
    expect(response.status(), `step ${slug}`).toBe(302);
  }
}
