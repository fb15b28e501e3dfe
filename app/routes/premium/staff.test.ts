import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { callRoute, createTestServices, formRequest, signInResident, signInStaff } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { evaluatePremium } from "~/features/premium/evaluate";
import { seededPremiumRuleSets } from "~/features/premium/rule-sets";
import type { Services } from "~/lib/services.server";
import { loader as residentHomeLoader } from "../resident-home";
import { loader as staffCaseLoader } from "../cases/staff-case";
import { action as checkAction } from "./check";
import { action as rulesAction, loader as rulesLoader } from "./staff-rules";

const BASE = "http://meedoen.test";
type Handler = (args: never) => unknown;
const status = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } } | null)?.init?.status ?? 200));
const NBSP = "\u00a0";

describe.each(testBackends())("the uitstroompremie for staff (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
  });
  afterAll(() => database.close());

  const get = (handler: Handler, path: string, cookie: string, params: Record<string, string> = {}) =>
    callRoute(services, handler as never, new Request(BASE + path, { headers: { Cookie: cookie } }), params);
  const post = (handler: Handler, path: string, fields: Record<string, string>, cookie: string) => callRoute(services, handler as never, formRequest(BASE + path, fields, cookie));

  /** A premium case as the submit makes it, evaluated with Lansingerland's seeded rules. */
  async function premiumCase(slug: string, residentKey: string, decided?: { on: string; amountCents?: number }) {
    const municipality = (await getMunicipalityBySlug(database.db, slug))!;
    const resident = await createResident(services, residentKey);
    const facts = { benefitType: "participatiewet", benefitStart: "2024-01-01", benefitEnd: "2025-01-31", workStart: "2025-02-01", workType: "employed", hoursPerWeek: 32 } as const;
    const evaluation = evaluatePremium(seededPremiumRuleSets.lansingerland, facts, "2026-11-01");
    const submission = {
      ruleSet: { id: "x", version: 1, municipality: slug },
      evaluatedOn: "2026-11-01",
      facts,
      evaluation,
      work: { employer: "Kwekerij De Tuin", jobTitle: "Teler" },
      payment: { iban: "NL91ABNA0417164300", accountHolder: "F. El Amrani" },
      evidence: [{ key: "contract", kind: "contract", months: null, documentIds: [] }],
      windowClosedAcknowledged: false,
    };
    const created = await createCase(database.db, { municipality, residentId: resident.id, type: "uitstroompremie", submission, formVersion: "uitstroompremie/2026-11", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
    if (decided) {
      await database.db
        .updateTable("cases")
        .set({ status: "toegekend", decided_at: decided.on, decision: JSON.stringify({ outcome: "toegekend", template: "voldoet", text: "Toegekend.", ...(decided.amountCents !== undefined ? { amountCents: decided.amountCents } : {}) }) })
        .where("id", "=", created.id)
        .execute();
    }
    return created.id;
  }

  it("lets only a beheerder see and change the rules, and explains bad input", async () => {
    const { cookie: beheerder } = await signInStaff(services, "bh-lansingerland");
    const { cookie: klantmanager } = await signInStaff(services, "km-lansingerland");
    expect(status((await get(rulesLoader, "/medewerker/instellingen/uitstroompremie", klantmanager)).result)).toBe(404);
    expect(status((await post(rulesAction, "/medewerker/instellingen/uitstroompremie", { basisversie: "1" }, klantmanager)).result)).toBe(404);

    const page = (await get(rulesLoader, "/medewerker/instellingen/uitstroompremie", beheerder)).result as { current: { version: number; lines: Array<{ key: string }>; defaults: Record<string, unknown> } };
    expect(page.current.version).toBe(1);
    expect(page.current.lines.map((l) => l.key)).toEqual(["rules.tier_full", "rules.benefitTypes", "rules.benefitDuration_more_than", "rules.workTypes", "conditions.work_duration.rule_more_than"]);
    expect(page.current.defaults).toMatchObject({ bedragen: ["500"], uitkeringMaanden: ["12"], werkMaanden: "6", termijn: "geen" });

    const bad = await post(rulesAction, "/medewerker/instellingen/uitstroompremie", { basisversie: "1", "bedragen[0]": "vijfhonderd", "uitkeringMaanden[0]": "12", werkMaanden: "6", termijn: "work_start", opentMaanden: "6", sluitMaanden: "2" }, beheerder);
    expect(status(bad.result)).toBe(400);
    expect((bad.result as { data: { reply: { error: Record<string, string[]> } } }).data.reply.error).toEqual({ "bedragen[0]": ["errors.premium.rules.amount"] });
    const order = await post(rulesAction, "/medewerker/instellingen/uitstroompremie", { basisversie: "1", "bedragen[0]": "500", "uitkeringMaanden[0]": "12", werkMaanden: "6", termijn: "work_start", opentMaanden: "6", sluitMaanden: "2" }, beheerder);
    expect((order.result as { data: { reply: { error: Record<string, string[]> } } }).data.reply.error).toEqual({ sluitMaanden: ["errors.premium.rules.windowOrder"] });

    // A budget of €1,000 a year.
    const saved = await post(rulesAction, "/medewerker/instellingen/uitstroompremie", { basisversie: "1", "bedragen[0]": "500", "uitkeringMaanden[0]": "12", werkMaanden: "6", termijn: "geen", budget: "1000" }, beheerder);
    expect(status(saved.result)).toBe(302);
    const after = (await get(rulesLoader, "/medewerker/instellingen/uitstroompremie", saved.setCookie?.split(";")[0] ?? beheerder)).result as { saved: string; current: { version: number } };
    expect(after).toMatchObject({ saved: "2", current: { version: 2 } });
  });

  it("shows the klantmanager the evaluation next to the evidence, the year's committed amount and a budget warning", async () => {
    const year = new Date().getUTCFullYear();
    await premiumCase("lansingerland", "bas", { on: `${year}-02-01T10:00:00Z`, amountCents: 600_00 });
    // Granted without an amount in the decision: the evaluated amount counts (€500).
    await premiumCase("lansingerland", "iris", { on: `${year}-03-01T10:00:00Z` });
    // Last year, and another municipality: not counted.
    await premiumCase("lansingerland", "karim", { on: `${year - 1}-12-31T10:00:00Z`, amountCents: 900_00 });
    await premiumCase("gooise-meren", "mila", { on: `${year}-03-01T10:00:00Z`, amountCents: 900_00 });
    const open = await premiumCase("lansingerland", "lotte");

    const { cookie } = await signInStaff(services, "km-lansingerland");
    const page = (await get(staffCaseLoader, `/medewerker/zaken/${open}`, cookie, { caseId: open })).result as {
      premium: { budget: Record<string, unknown>; ruleSetVersion: number; view: { outcome: string; conditions: Array<{ key: string; status: string }> }; evidence: Array<{ key: string }> };
      translations: Record<string, unknown>;
    };
    expect(page.premium.budget).toEqual({
      year: String(year),
      total: `€${NBSP}1.000`,
      committed: `€${NBSP}1.100`,
      thisCase: `€${NBSP}500`,
      left: `€${NBSP}0`,
      exceeded: true,
      alreadyCounted: false,
    });
    expect(page.premium.ruleSetVersion).toBe(1);
    expect(page.premium.view.outcome).toBe("eligible");
    expect(page.premium.view.conditions.map((c) => c.status)).toEqual(["met", "met", "met", "met", "met"]);
    expect(page.premium.evidence.map((e) => e.key)).toEqual(["contract"]);
    expect(Object.keys(page.translations)).toContain("premium");
  });

  it("shows Mijn Meedoen a link for residents with premium rules, and a task once their dates make them eligible", async () => {
    const home = async (key: string) => {
      const resident = await createResident(services, key);
      const cookie = await signInResident(services, resident.id);
      return { cookie, page: async () => (await get(residentHomeLoader, "/mijn", cookie)).result as { premiumLink: boolean; tasks: Array<{ kind: string; amount?: string }> } };
    };
    const anna = await home("anna");
    expect(await anna.page()).toMatchObject({ premiumLink: false, tasks: [] });

    const emma = await home("emma");
    expect(await emma.page()).toMatchObject({ premiumLink: true, tasks: [] });
    // The check says she is eligible today: Mijn Meedoen asks her to apply.
    const fields = { intent: "save", uitkering: "participatiewet", "uitkeringStart.dag": "1", "uitkeringStart.maand": "1", "uitkeringStart.jaar": "2024", uitkeringGestopt: "helemaal", "uitkeringEinde.dag": "31", "uitkeringEinde.maand": "1", "uitkeringEinde.jaar": "2025", "werkStart.dag": "1", "werkStart.maand": "2", "werkStart.jaar": "2025", soortWerk: "loondienst", uren: "32", contract: "vast", subsidie: "nee" };
    await post(checkAction, "/mijn/uitstroompremie/vragen", fields, emma.cookie);
    expect(await emma.page()).toMatchObject({ premiumLink: false, tasks: [{ kind: "premium", amount: `€${NBSP}500` }] });

    // Lotte sent an application (previous test): nothing more to suggest.
    expect(await (await home("lotte")).page()).toMatchObject({ premiumLink: false, tasks: [] });
  });
});
