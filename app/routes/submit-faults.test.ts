import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { type FaultyDatabase, withOutages } from "../../tests/fixtures/faulty-database";
import { createResident } from "../../tests/fixtures/residents";
import { callRoute, createTestServices, signInResident, TEST_CSRF_TOKEN } from "../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import type { Language } from "~/lib/i18n";
import { SUBMIT_KEY_FIELD } from "~/lib/idempotency";
import type { Services } from "~/lib/services.server";
import { getResources } from "~/lib/translations.server";
import { action as messageAction, loader as caseLoader } from "./cases/resident-case";
import { action as changeReviewAction, loader as changeReviewLoader } from "./changes/review";
import { action as changeStartAction } from "./changes/start";
import { action as changeTopicAction } from "./changes/topic";
import { action as registrationReviewAction, loader as registrationReviewLoader } from "./registration/review";
import { action as registrationStepAction } from "./registration/step";

/**
 * Issue 9, "Faults": the database disappears in the middle of a submit. The resident gets the
 * calm 503 page in their own language, nothing they typed is lost, sending again after the
 * outage makes exactly one case, and sending a third time shows that case and creates nothing.
 * Both ways an outage can cut a submit are covered: before the work is committed (nothing was
 * stored) and after (stored, but the answer never reached the resident). On PostgreSQL the
 * connection's backend is really terminated under the request (tests/fixtures/faulty-database.ts):
 * that this file runs to the end also shows a dying connection no longer crashes the process.
 */
const BASE = "http://meedoen.test";
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("camera photo")]);
const today = new Date();
const datum = { "datum.dag": String(today.getUTCDate()), "datum.maand": String(today.getUTCMonth() + 1), "datum.jaar": String(today.getUTCFullYear()) };

const CASE_INSERT = /^insert into "cases"/i;
const COMMIT = /^commit$/i;

function post(path: string, cookie: string, fields: Record<string, string | string[]>, file?: File): Request {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  if (file) body.set("bestand", file);
  body.set("csrf", TEST_CSRF_TOKEN);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: { Cookie: cookie } });
}
const get = (path: string, cookie: string) => new Request(`${BASE}${path}`, { headers: { Cookie: cookie } });

/** What React Router does with an error thrown by an action: it renders the error page with status 500. */
function asReactRouterWould<Args extends { request: Request }>(handler: (args: Args) => unknown) {
  return async (args: Args) => {
    try {
      return await handler(args);
    } catch (thrown) {
      if (thrown instanceof Response) throw thrown;
      return new Response("<!doctype html><title>error page</title>", { status: 500, headers: { "Content-Type": "text/html" } });
    }
  };
}

async function expectCalmUnavailablePage(response: Response, lang: Language, backTo: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get("Retry-After")).toBe("60");
  const html = await response.text();
  const texts = (getResources(lang).common as { errorPage: { unavailable: { title: string; text: string }; backToPage: string } }).errorPage;
  expect(html).toContain(`<html lang="${lang}"`);
  expect(html).toContain(texts.unavailable.title);
  expect(html).toContain(texts.unavailable.text);
  // Back to the form, where the draft waits.
  expect(html).toContain(`<a href="${backTo}">`);
}

describe.each(testBackends())("the database disappears in the middle of a submit (%s)", (backend) => {
  let database: TestDatabase;
  let faulty: FaultyDatabase;
  let services: Services;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await seedDemoData(database.db);
    // The app gets the database that can go away; the test looks through the real one.
    faulty = withOutages(database.db, backend);
    services = createTestServices(faulty.db);
    await database.db
      .insertInto("occupations")
      .values([
        { code: "medewerker-schoonmaak", isco: "9112", names: JSON.stringify({ nl: "Medewerker schoonmaak", en: "Cleaner" }), synonyms: ["schoonmaker"], search_text: "medewerker schoonmaak | cleaner | schoonmaker" },
        { code: "kok", isco: "5120", names: JSON.stringify({ nl: "Kok", en: "Cook" }), synonyms: [], search_text: "kok | cook" },
      ])
      .execute();
  });
  afterEach(() => faulty.restore());
  afterAll(() => database.close());

  const send = <Args extends { request: Request }>(handler: (args: Args) => unknown, request: Request, params: Record<string, string> = {}) => callRoute(services, asReactRouterWould(handler), request, params);
  const casesOf = (residentId: string) => database.db.selectFrom("cases").select(["id", "type"]).where("resident_id", "=", residentId).execute();

  describe("a change report", () => {
    async function fillChangeReport(key: string) {
      const resident = await createResident(services, key);
      const cookie = await signInResident(services, resident.id);
      await send(changeStartAction, post("/pl/mijn/wijziging", cookie, { onderwerpen: "werk" }));
      const photo = new File([JPEG], "IMG_0001.JPG", { type: "image/jpeg" });
      const step = await send(changeTopicAction, post("/pl/mijn/wijziging/werk", cookie, { intent: "next", soort: "loonstrook", ...datum, bedrag: "1.234,56" }, photo), { topic: "werk" });
      expect((step.result as Response).headers.get("Location")).toBe("/pl/mijn/wijziging/controleren");
      return { resident, cookie };
    }
    const sendReview = (cookie: string) => send(changeReviewAction, post("/pl/mijn/wijziging/controleren", cookie, { verklaring: "ja" }));

    it("cut before the case is stored: a calm 503, the draft intact, then exactly one case", async () => {
      const { resident, cookie } = await fillChangeReport("piotr");

      faulty.arm({ at: CASE_INSERT, phase: "before" });
      const failed = await sendReview(cookie);
      expect(faulty.down).toBe(true);
      await expectCalmUnavailablePage(failed.response, "pl", "/pl/mijn/wijziging/controleren");
      faulty.restore();

      expect(await casesOf(resident.id)).toEqual([]);
      const draft = await database.db.selectFrom("drafts").select(["id", "answers"]).where("resident_id", "=", resident.id).where("form_type", "=", "wijziging").executeTakeFirstOrThrow();
      expect(draft.answers).toMatchObject({ onderwerpen: { onderwerpen: "werk" }, werk: { soort: "loonstrook", bedrag: "1.234,56" } });
      expect(await database.db.selectFrom("draft_uploads").select("file_name").where("draft_id", "=", draft.id).execute()).toEqual([{ file_name: "IMG_0001.jpg" }]);
      // Back on check-your-answers, everything is still there.
      const review = await send(changeReviewLoader, get("/pl/mijn/wijziging/controleren", cookie));
      const topics = (review.result as { topics: Array<{ slug: string; file: { name: string } | null; rows: Array<{ name: string; value: string }> }> }).topics;
      expect(topics.map((t) => [t.slug, t.file?.name])).toEqual([["werk", "IMG_0001.jpg"]]);
      expect(topics[0]!.rows.find((r) => r.name === "bedrag")?.value.replace(/\s/g, " ")).toMatch(/1\s?234,56/);

      const retry = await sendReview(cookie);
      const cases = await casesOf(resident.id);
      expect(cases).toHaveLength(1);
      expect((retry.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`);
      expect(await database.db.selectFrom("documents").select("file_name").where("case_id", "=", cases[0]!.id).execute()).toEqual([{ file_name: "IMG_0001.jpg" }]);

      const third = await sendReview(cookie);
      expect((third.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`);
      expect(await casesOf(resident.id)).toEqual(cases);
      expect(await database.db.selectFrom("change_report_versions").select("version").where("case_id", "=", cases[0]!.id).execute()).toEqual([{ version: 1 }]);
    });

    it("cut after the COMMIT (the answer was lost): a calm 503, and the retry shows the case instead of making a second", async () => {
      const { resident, cookie } = await fillChangeReport("anna");

      faulty.arm({ at: COMMIT, phase: "after" });
      const failed = await sendReview(cookie);
      expect(faulty.down).toBe(true);
      await expectCalmUnavailablePage(failed.response, "pl", "/pl/mijn/wijziging/controleren");
      faulty.restore();

      const cases = await casesOf(resident.id);
      expect(cases).toHaveLength(1);
      for (let i = 0; i < 2; i++) {
        const again = await sendReview(cookie);
        expect((again.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`);
      }
      expect(await casesOf(resident.id)).toEqual(cases);
    });
  });

  describe("a registration as werkzoekende", () => {
    const STEPS: Array<[string, Record<string, string | string[]>]> = [
      ["over-u", { intent: "next" }],
      ["situatie", { intent: "next", situatie: "schoolverlater", bijstandAanvragen: "weet_niet" }],
      ["opleiding", { intent: "next", niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" }],
      ["werkervaring", { intent: "add", beroep: "Afwasser", werkgever: "Eethuis", "van.maand": "6", "van.jaar": "2022", huidig: "ja" }],
      ["werkervaring", { intent: "next" }],
      ["gewenst-werk", { intent: "next", beroep1: "schoonmaker", beroep2: "Kok", urenPerWeek: "32", dagen: ["ma", "di", "wo"], reisafstand: "10", vervoer: ["fiets", "ov"], rijbewijs: ["B"] }],
      ["talen", { intent: "next", spreken: "beetje", luisteren: "redelijk", lezen: "beetje", schrijven: "niet", andereTalen: ["ar", "en"] }],
      ["belemmeringen", { intent: "next" }],
      ["toestemming", { intent: "next", toestemmingTotDelenProfiel: "ja" }],
    ];
    const sendReview = (cookie: string) => send(registrationReviewAction, post("/ar/mijn/inschrijven/controleren", cookie, { verklaring: "ja" }));

    it("cut at the COMMIT: a calm 503 in Arabic, the draft intact, then exactly one case", async () => {
      const resident = await createResident(services, "daan");
      const cookie = await signInResident(services, resident.id);
      for (const [step, fields] of STEPS) {
        const { result } = await send(registrationStepAction, post(`/ar/mijn/inschrijven/${step}`, cookie, fields), { step });
        expect((result as Response).status, step).toBe(302);
      }

      faulty.arm({ at: COMMIT, phase: "before" });
      const failed = await sendReview(cookie);
      expect(faulty.down).toBe(true);
      await expectCalmUnavailablePage(failed.response, "ar", "/ar/mijn/inschrijven/controleren");
      faulty.restore();

      expect(await casesOf(resident.id)).toEqual([]);
      expect(await database.db.selectFrom("jobseeker_profiles").select("version").where("resident_id", "=", resident.id).execute()).toEqual([]);
      const review = await send(registrationReviewLoader, get("/ar/mijn/inschrijven/controleren", cookie));
      expect(review.result).toMatchObject({ incomplete: [], partial: { opleiding: { niveau: "mbo" }, werkervaring: [{ beroep: "Afwasser", werkgever: "Eethuis" }], toestemmingTotDelenProfiel: true } });

      const retry = await sendReview(cookie);
      expect((retry.result as Response).headers.get("Location")).toBe("/ar/mijn/inschrijven/bevestiging");
      const cases = await casesOf(resident.id);
      expect(cases.map((c) => c.type)).toEqual(["registratie_werkzoekende"]);

      const third = await sendReview(cookie);
      expect((third.result as Response).headers.get("Location")).toBe("/ar/mijn/inschrijven/bevestiging");
      expect(await casesOf(resident.id)).toEqual(cases);
      expect(await database.db.selectFrom("jobseeker_profiles").select("version").where("resident_id", "=", resident.id).execute()).toEqual([{ version: 1 }]);
    });
  });

  describe("a message on a case (no draft: the form's submit key)", () => {
    async function openCase(key: string) {
      const resident = await createResident(services, key);
      const cookie = await signInResident(services, resident.id);
      const municipality = await database.db.selectFrom("municipalities").selectAll().where("id", "=", resident.municipality_id!).executeTakeFirstOrThrow();
      const { createCase } = await import("~/features/cases/cases.server");
      const created = await createCase(database.db, { municipality: municipality as never, residentId: resident.id, type: "wijziging", submission: { note: "x" }, formVersion: "test/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
      return { resident, cookie, caseId: created.id };
    }
    const messages = (caseId: string) =>
      database.db.selectFrom("case_events").select("data").where("case_id", "=", caseId).where("type", "=", "bericht_inwoner").execute().then((rows) => rows.map((r) => r.data.text));
    const formKey = async (cookie: string, caseId: string) => ((await send(caseLoader, get(`/tr/mijn/zaken/${caseId}`, cookie), { caseId })).result as { messageKey: string }).messageKey;
    const sendMessage = (cookie: string, caseId: string, key: string, text: string) => send(messageAction, post(`/tr/mijn/zaken/${caseId}`, cookie, { tekst: text, [SUBMIT_KEY_FIELD]: key }), { caseId });

    it("cut after the COMMIT: the retry of the same form adds nothing; a new form is a new message", async () => {
      const { cookie, caseId } = await openCase("mehmet");
      const key = await formKey(cookie, caseId);
      expect(key).toMatch(/^[0-9a-f-]{36}$/);

      faulty.arm({ at: COMMIT, phase: "after" });
      const failed = await sendMessage(cookie, caseId, key, "Mijn nieuwe adres is Vestingwal 9.");
      await expectCalmUnavailablePage(failed.response, "tr", `/tr/mijn/zaken/${caseId}`);
      faulty.restore();
      expect(await messages(caseId)).toEqual(["Mijn nieuwe adres is Vestingwal 9."]);

      for (let i = 0; i < 2; i++) {
        const again = await sendMessage(cookie, caseId, key, "Mijn nieuwe adres is Vestingwal 9.");
        expect((again.result as Response).headers.get("Location")).toBe(`/tr/mijn/zaken/${caseId}`);
      }
      expect(await messages(caseId)).toEqual(["Mijn nieuwe adres is Vestingwal 9."]);

      // The same words from a new form are a new message the resident meant to send.
      const nextKey = await formKey(cookie, caseId);
      expect(nextKey).not.toBe(key);
      await sendMessage(cookie, caseId, nextKey, "Mijn nieuwe adres is Vestingwal 9.");
      expect(await messages(caseId)).toHaveLength(2);
    });

    it("cut before the message is stored: the retry sends it, once", async () => {
      const { cookie, caseId } = await openCase("ahmed");
      const key = await formKey(cookie, caseId);

      faulty.arm({ at: /^insert into "case_events"/i, phase: "before" });
      const failed = await sendMessage(cookie, caseId, key, "Ik werk vanaf maandag 20 uur.");
      await expectCalmUnavailablePage(failed.response, "tr", `/tr/mijn/zaken/${caseId}`);
      faulty.restore();
      expect(await messages(caseId)).toEqual([]);

      await Promise.all([sendMessage(cookie, caseId, key, "Ik werk vanaf maandag 20 uur."), sendMessage(cookie, caseId, key, "Ik werk vanaf maandag 20 uur.")]);
      await sendMessage(cookie, caseId, key, "Ik werk vanaf maandag 20 uur.");
      expect(await messages(caseId)).toEqual(["Ik werk vanaf maandag 20 uur."]);
    });
  });
});
