import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { callRoute, createTestServices } from "../../tests/fixtures/route-harness";
import { accessibilityTestFigures, AXE_CHECKED_PAGES } from "~/features/accessibility/test-results";
import type { Database } from "~/lib/db.server";
import { createI18n } from "~/lib/i18n-instance";
import type { Language } from "~/lib/i18n";
import type { HelpContact } from "~/lib/root-data";
import { getNamespaces } from "~/lib/translations.server";
import AccessibilityStatement, { handle, loader } from "./accessibility-statement";

// The loader reads no database: a stand-in that fails loudly if it ever does.
const noDatabase = new Proxy({}, { get: () => () => Promise.reject(new Error("no database in this test")) }) as unknown as Database;

async function load(lang: Language, env: Record<string, string> = {}) {
  const services = createTestServices(noDatabase, env);
  const { result } = await callRoute(services, loader as never, new Request(`http://meedoen.test${lang === "nl" ? "" : `/${lang}`}/toegankelijkheid`));
  return result as Awaited<ReturnType<typeof loader>>;
}

function render(lang: Language, data: Awaited<ReturnType<typeof loader>>, help: HelpContact | null) {
  const i18n = createI18n(lang, { ...getNamespaces(lang, ["common"]), ...data.translations });
  // The page reads only its loader data (and the root's help); the other route props are not used.
  const props = { loaderData: data } as unknown as Parameters<typeof AccessibilityStatement>[0];
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: () => <AccessibilityStatement {...props} />, loader: () => null }]);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Stub initialEntries={["/"]} hydrationData={{ loaderData: { root: { help } } }} />
    </I18nextProvider>,
  );
}

describe("the accessibility statement", () => {
  it("is a page without scripts, with the figures of the test suite", async () => {
    expect(handle).toEqual({ scripts: false });
    const data = await load("nl");
    const figures = accessibilityTestFigures();
    expect(data.figures).toMatchObject({ pages: Object.keys(AXE_CHECKED_PAGES).length, pageLanguages: figures.pageLanguages, languages: 6, countedOn: "24 november 2026" });
    expect(Object.keys(data.translations)).toEqual(["accessibility"]);
  });

  it("says honestly how far it is, and names the Servicepunt when the municipality is known", async () => {
    const data = await load("nl");
    const html = render("nl", data, { name: "Servicepunt Lansingerland", phone: "0101234567", phoneDisplay: "010 123 45 67" });
    expect(html).toContain("<h1");
    expect(html).toContain("Voldoet gedeeltelijk");
    expect(html).toContain("WCAG 2.1");
    expect(html).toContain(`Wij testen ${data.figures.pages} pagina&#x27;s, in 6 talen.`);
    expect(html).toContain("Bel het Servicepunt Lansingerland:");
    expect(html).toContain('href="tel:0101234567"');
    expect(html).toContain('href="mailto:toegankelijkheid@meedoen.example"');
  });

  it("without a municipality: the general way to reach one, and the configured contact; in Arabic too", async () => {
    const data = await load("ar", { ACCESSIBILITY_CONTACT: "https://gemeente.example/melden" });
    const html = render("ar", data, null);
    expect(html).toContain('href="https://gemeente.example/melden"');
    expect(html).toContain("يمكنك الاتصال ببلديتك على الرقم 14");
    expect(html).not.toContain("tel:");
  });
});
