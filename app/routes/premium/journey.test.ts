import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { callRoute, createTestServices, formRequest, signInResident, signInStaff, TEST_CSRF_TOKEN } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { getPremiumDraft } from "~/features/premium/application.server";
import type { PremiumSubmission } from "~/features/premium/submit.server";
import type { Services } from "~/lib/services.server";
import { action as accountAction } from "./account";
import { action as checkAction, loader as checkLoader } from "./check";
import { loader as confirmationLoader } from "./confirmation";
import { action as evidenceAction, loader as evidenceLoader } from "./evidence";
import { loader as resultLoader } from "./result";
import { action as reviewAction, loader as reviewLoader } from "./review";
import { loader as startLoader } from "./start";
import { action as rulesAction } from "./staff-rules";
import { action as workAction } from "./work";

const BASE = "http://meedoen.test";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const EXE = new TextEncoder().encode("MZ\x90\x00 this is a program");

type Handler = (args: never) => unknown;
const status = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } } | null)?.init?.status ?? 200));
const location = (r: unknown) => (r instanceof Response ? r.headers.get("Location") : null);
const errorsOf = (r: unknown) => (r as { data: { reply?: { error?: Record<string, string[]> }; errors?: Record<string, string[]> } }).data;

/** The answers of the check, as the form sends them (date parts as separate fields). */
function checkFields(answers: Record<string, string>) {
  const fields: Record<string, string> = { intent: "next" };
  for (const [name, value] of Object.entries(answers)) {
    const date = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    if (date) Object.assign(fields, { [`${name}.dag`]: String(Number(date[3])), [`${name}.maand`]: String(Number(date[2])), [`${name}.jaar`]: date[1] });
    else fields[name] = value;
  }
  return fields;
}

const ELIGIBLE_IN_LANSINGERLAND = {
  uitkering: "participatiewet",
  uitkeringStart: "2024-01-01",
  uitkeringGestopt: "helemaal",
  uitkeringEinde: "2025-01-31",
  werkStart: "2025-02-01",
  soortWerk: "loondienst",
  uren: "32",
  contract: "vast",
  subsidie: "nee",
};

describe.each(testBackends())("applying for an uitstroompremie (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
  });
  afterAll(() => database.close());
  afterEach(() => vi.useRealTimers());

  const get = (handler: Handler, path: string, cookie: string) => callRoute(services, handler as never, new Request(BASE + path, { headers: { Cookie: cookie } }));
  const post = (handler: Handler, path: string, fields: Record<string, string>, cookie: string) => callRoute(services, handler as never, formRequest(BASE + path, fields, cookie));
  const upload = (cookie: string, files: Array<[string, Uint8Array, string]>, intent = "upload") => {
    const body = new FormData();
    for (const [field, bytes, name] of files) body.append(field, new File([new Uint8Array(bytes)], name));
    body.append("intent", intent);
    body.append("csrf", TEST_CSRF_TOKEN);
    return callRoute(services, evidenceAction as never, new Request(`${BASE}/mijn/uitstroompremie/bewijs`, { method: "POST", body, headers: { Cookie: cookie } }));
  };
  const premiumCases = (residentId: string) =>
    database.db.selectFrom("cases").select(["id", "submission", "reference"]).where("resident_id", "=", residentId).where("type", "=", "uitstroompremie").execute();

  /** Check, work, evidence and account for a Lansingerland employee; returns the cookie. */
  async function prepare(residentKey: string, answers = ELIGIBLE_IN_LANSINGERLAND) {
    const resident = await createResident(services, residentKey);
    const cookie = await signInResident(services, resident.id);
    expect(location((await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields(answers), cookie)).result)).toBe("/mijn/uitstroompremie/uitkomst");
    expect(location((await post(workAction, "/mijn/uitstroompremie/werk", { intent: "next", werkgever: "Kwekerij De Tuin", functie: "Teler" }, cookie)).result)).toBe("/mijn/uitstroompremie/bewijs");
    const uploaded = await upload(cookie, [
      ["bestanden.contract", PDF, "contract.pdf"],
      ["bestanden.payslips", PDF, "loonstrook-1.pdf"],
      ["bestanden.payslips", JPEG, "loonstrook-2.jpg"],
      ["bestanden.bank_account", JPEG, "bankpas.jpg"],
    ], "next");
    expect(location(uploaded.result)).toBe("/mijn/uitstroompremie/rekening");
    expect(location((await post(accountAction, "/mijn/uitstroompremie/rekening", { intent: "next", iban: "nl91 abna 0417 1643 00", rekeninghouder: "F. El Amrani" }, cookie)).result)).toBe("/mijn/uitstroompremie/controleren");
    return { resident, cookie };
  }

  it("checks, explains, and sends one case holding the rule version, the facts and the outcome per condition", async () => {
    const { resident, cookie } = await prepare("fatima");
    const result = (await get(resultLoader, "/mijn/uitstroompremie/uitkomst", cookie)).result as { view: { outcome: string; amount: string; conditions: Array<{ key: string; status: string }> } };
    expect(result.view.outcome).toBe("eligible");
    expect(result.view.amount).toBe("€\u00a0500");
    expect(result.view.conditions.map((c) => [c.key, c.status])).toEqual([
      ["benefit_type", "met"],
      ["benefit_duration", "met"],
      ["work_type", "met"],
      ["work_duration", "met"],
      ["premium_tier", "met"],
    ]);

    const review = (await get(reviewLoader, "/mijn/uitstroompremie/controleren", cookie)).result as { incomplete: string[]; windowClosedOn: string | null };
    expect(review).toMatchObject({ incomplete: [], windowClosedOn: null });
    const sent = await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie);
    expect(location(sent.result)).toBe("/mijn/uitstroompremie/bevestiging");
    // Pressed twice (two taps, or a second tab): still exactly one case.
    const again = await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie);
    expect(location(again.result)).toBe("/mijn/uitstroompremie/bevestiging");

    const cases = await premiumCases(resident.id);
    expect(cases).toHaveLength(1);
    const submission = cases[0]!.submission as unknown as PremiumSubmission;
    expect(submission.ruleSet).toMatchObject({ version: 1, municipality: "lansingerland" });
    expect(submission.facts).toMatchObject({ benefitType: "participatiewet", benefitStart: "2024-01-01", benefitEnd: "2025-01-31", workType: "employed", hoursPerWeek: 32, contractEndsOn: null, birthDate: "1988-04-12", livesInMunicipality: true, lastPremiumGrantedOn: null });
    expect(submission.evaluation).toMatchObject({ outcome: "eligible", amountCents: 500_00 });
    expect(submission.payment).toEqual({ iban: "NL91ABNA0417164300", accountHolder: "F. El Amrani" });
    expect(submission.evidence.map((e) => [e.key, e.documentIds.length])).toEqual([
      ["contract", 1],
      ["payslips", 2],
      ["bank_account", 1],
    ]);
    const documents = await database.db.selectFrom("documents").select(["id", "file_name", "content_type", "content"]).where("case_id", "=", cases[0]!.id).orderBy("file_name").execute();
    expect(documents.map((d) => [d.file_name, d.content_type])).toEqual([
      ["bankpas.jpg", "image/jpeg"],
      ["contract.pdf", "application/pdf"],
      ["loonstrook-1.pdf", "application/pdf"],
      ["loonstrook-2.jpg", "image/jpeg"],
    ]);
    expect(new Uint8Array(documents[1]!.content)).toEqual(PDF);
    // The draft and its files are gone with the submit.
    expect(await getPremiumDraft(database.db, resident.id)).toBeNull();
    expect(await database.db.selectFrom("premium_draft_files").select("id").where("resident_id", "=", resident.id).execute()).toEqual([]);
    expect((await get(confirmationLoader, "/mijn/uitstroompremie/bevestiging", cookie)).result).toMatchObject({ reference: cases[0]!.reference });
  });

  it("keeps what was typed and explains an impossible date order", async () => {
    const resident = await createResident(services, "daan");
    const cookie = await signInResident(services, resident.id);
    const bad = await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields({ ...ELIGIBLE_IN_LANSINGERLAND, uitkeringEinde: "2023-06-30", contract: "tijdelijk", contractEinde: "2025-01-15" }), cookie);
    expect(status(bad.result)).toBe(400);
    expect(errorsOf(bad.result).reply?.error).toMatchObject({
      uitkeringEinde: ["errors.premium.benefitEnd.beforeStart"],
      contractEinde: ["errors.premium.contractEnd.beforeStart"],
    });
    // Nothing lost: the page shows the answers again, exactly as typed.
    const page = (await get(checkLoader, "/mijn/uitstroompremie/vragen", cookie)).result as { defaults: Record<string, unknown> };
    expect(page.defaults).toMatchObject({ uitkeringEinde: { dag: "30", maand: "6", jaar: "2023" }, contractEinde: { dag: "15", maand: "1", jaar: "2025" } });
    // A benefit that starts before the resident was born (known from the BRP: 2003) is caught too.
    const beforeBirth = await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields({ ...ELIGIBLE_IN_LANSINGERLAND, uitkeringStart: "2001-01-01" }), cookie);
    expect(errorsOf(beforeBirth.result).reply?.error).toMatchObject({ uitkeringStart: ["errors.premium.benefitStart.beforeBirth"] });
  });

  it("refuses a wrong file type, missing evidence and an invalid IBAN, each with its own message, keeping the rest", async () => {
    const resident = await createResident(services, "emma");
    const cookie = await signInResident(services, resident.id);
    await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields(ELIGIBLE_IN_LANSINGERLAND), cookie);
    const mixed = await upload(cookie, [
      ["bestanden.contract", EXE, "contract.pdf"],
      ["bestanden.bank_account", JPEG, "bankpas.jpg"],
    ]);
    expect(status(mixed.result)).toBe(400);
    expect(errorsOf(mixed.result).errors).toEqual({ "bestanden.contract": ["errors.upload.wrongType"] });
    // The good file in the same post was kept.
    const page = (await get(evidenceLoader, "/mijn/uitstroompremie/bewijs", cookie)).result as { items: Array<{ key: string; files: Array<{ name: string }> }> };
    expect(page.items.map((i) => [i.key, i.files.map((f) => f.name)])).toEqual([
      ["contract", []],
      ["payslips", []],
      ["bank_account", ["bankpas.jpg"]],
    ]);
    const next = await upload(cookie, [], "next");
    expect(status(next.result)).toBe(400);
    expect(errorsOf(next.result).errors).toEqual({ "bestanden.contract": ["errors.premium.evidence.missing"], "bestanden.payslips": ["errors.premium.evidence.missing"] });

    const iban = await post(accountAction, "/mijn/uitstroompremie/rekening", { intent: "next", iban: "NL91 ABNA 0417 1643 01", rekeninghouder: "E. Jansen" }, cookie);
    expect(status(iban.result)).toBe(400);
    expect(errorsOf(iban.result).reply?.error).toEqual({ iban: ["errors.premium.iban.invalid"] });
    const draft = await getPremiumDraft(database.db, resident.id);
    expect(draft?.answers.rekening).toEqual({ iban: "NL91 ABNA 0417 1643 01", rekeninghouder: "E. Jansen" });

    // Sending now is refused, and says what is missing; no case is made.
    const review = (await get(reviewLoader, "/mijn/uitstroompremie/controleren", cookie)).result as { incomplete: string[] };
    expect(review.incomplete).toEqual(["werk", "bewijs", "rekening"]);
    const sent = await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie);
    expect(status(sent.result)).toBe(400);
    expect(errorsOf(sent.result).reply?.error).toEqual({ "": ["errors.premium.incomplete"] });
    expect(await premiumCases(resident.id)).toEqual([]);
  });

  it("lets a resident who is not eligible apply anyway, with the reasons in the case", async () => {
    // Not long enough on benefit (6 months) for Lansingerland's "more than a year".
    const { resident, cookie } = await prepare("noor", { ...ELIGIBLE_IN_LANSINGERLAND, uitkeringStart: "2024-08-01" });
    const result = (await get(resultLoader, "/mijn/uitstroompremie/uitkomst", cookie)).result as { view: { outcome: string; conditions: Array<{ key: string; status: string }> } };
    expect(result.view.outcome).toBe("not_eligible");
    expect(result.view.conditions.find((c) => c.key === "benefit_duration")?.status).toBe("not_met");
    expect(location((await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie)).result)).toBe("/mijn/uitstroompremie/bevestiging");
    const [sent] = await premiumCases(resident.id);
    expect((sent!.submission as unknown as PremiumSubmission).evaluation.outcome).toBe("not_eligible");
  });

  it("uses the newest rule version for a new application; a case that was sent keeps its own", async () => {
    const { cookie: beheerder } = await signInStaff(services, "bh-lansingerland");
    const saved = await post(rulesAction, "/medewerker/instellingen/uitstroompremie", { basisversie: "1", "bedragen[0]": "650", "uitkeringMaanden[0]": "12", werkMaanden: "6", termijn: "geen", budget: "" }, beheerder);
    expect(location(saved.result)).toBe("/medewerker/instellingen/uitstroompremie");
    const { resident, cookie } = await prepare("lucas");
    await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie);
    const [sent] = await premiumCases(resident.id);
    const submission = sent!.submission as unknown as PremiumSubmission;
    expect(submission.ruleSet.version).toBe(2);
    expect(submission.evaluation.amountCents).toBe(650_00);
    // Fatima's case from the first test still says version 1 and €500.
    const fatima = await createResident(services, "fatima");
    const [old] = await premiumCases(fatima.id);
    expect((old!.submission as unknown as PremiumSubmission)).toMatchObject({ ruleSet: { version: 1 }, evaluation: { amountCents: 500_00 } });
  });

  it("says so when the window closed while the form was open, and still lets the resident send it", async () => {
    // Gooise Meren: apply within 9 months after the benefit stopped; the last day is 15 October 2026.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-10-15T10:00:00Z") });
    const resident = await createResident(services, "olena");
    let cookie = await signInResident(services, resident.id);
    const answers = { ...ELIGIBLE_IN_LANSINGERLAND, uitkeringStart: "2025-01-01", uitkeringEinde: "2026-01-15", werkStart: "2026-01-16", gemeld: "2026-01-20" };
    expect(location((await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields(answers), cookie)).result)).toBe("/mijn/uitstroompremie/uitkomst");
    const result = (await get(resultLoader, "/mijn/uitstroompremie/uitkomst", cookie)).result as { view: { outcome: string; window: unknown } };
    expect(result.view).toMatchObject({ outcome: "eligible", window: { opensOn: "16 januari 2026", closesOn: "15 oktober 2026", state: "open" } });
    await post(workAction, "/mijn/uitstroompremie/werk", { intent: "next", werkgever: "Bakkerij Bussum", functie: "Verkoper" }, cookie);
    await upload(cookie, [
      ["bestanden.contract", PDF, "contract.pdf"],
      ["bestanden.payslips", PDF, "loonstroken.pdf"],
      ["bestanden.bank_account", JPEG, "bankpas.jpg"],
    ]);
    await post(accountAction, "/mijn/uitstroompremie/rekening", { intent: "next", iban: "NL91ABNA0417164300", rekeninghouder: "O. Kovalenko" }, cookie);

    // The next morning the window has closed. (The session ended overnight; the draft did not.)
    vi.setSystemTime(new Date("2026-10-16T08:00:00Z"));
    cookie = await signInResident(services, resident.id);
    const refused = await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja" }, cookie);
    expect(status(refused.result)).toBe(400);
    expect(errorsOf(refused.result).reply?.error).toEqual({ toch: ["errors.premium.windowClosed"] });
    expect(await premiumCases(resident.id)).toEqual([]);
    expect(((await get(reviewLoader, "/mijn/uitstroompremie/controleren", cookie)).result as { windowClosedOn: string }).windowClosedOn).toBe("15 oktober 2026");

    const anyway = await post(reviewAction, "/mijn/uitstroompremie/controleren", { verklaring: "ja", toch: "ja" }, cookie);
    expect(location(anyway.result)).toBe("/mijn/uitstroompremie/bevestiging");
    const [sent] = await premiumCases(resident.id);
    const submission = sent!.submission as unknown as PremiumSubmission;
    expect(submission).toMatchObject({ windowClosedAcknowledged: true, evaluatedOn: "2026-10-16", evaluation: { outcome: "not_eligible" } });
    expect(submission.evaluation.conditions.find((c) => c.key === "application_window")?.status).toBe("not_met");
  });

  it("tells a resident of a municipality without premium rules how to ask, and keeps them out of the form", async () => {
    const resident = await createResident(services, "anna");
    const cookie = await signInResident(services, resident.id);
    expect((await get(startLoader, "/mijn/uitstroompremie", cookie)).result).toMatchObject({ available: false, municipality: "De Ronde Venen", help: { phoneDisplay: "0297 29 16 16" } });
    expect(location((await get(checkLoader, "/mijn/uitstroompremie/vragen", cookie)).result)).toBe("/mijn/uitstroompremie");
    expect(location((await post(checkAction, "/mijn/uitstroompremie/vragen", checkFields(ELIGIBLE_IN_LANSINGERLAND), cookie)).result)).toBe("/mijn/uitstroompremie");
  });
});
