import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { callRoute, createTestServices, signInResident, TEST_CSRF_TOKEN } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { createCase } from "~/features/cases/cases.server";
import { listOpenInformationRequests } from "~/features/cases/resident-cases.server";
import { requestInformation } from "~/features/cases/staff-actions.server";
import { deliverPendingNotifications } from "~/features/notifications/deliver.server";
import { createOutboxEmail, createOutboxSms } from "~/features/notifications/transports.server";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Staff } from "~/lib/db-schema";
import type { Services } from "~/lib/services.server";
import { loader as documentLoader } from "./resident-document";
import { action, loader } from "./resident-case";

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n% loonstrook\n"));

function messageRequest(caseId: string, cookie: string, fields: Record<string, string>, file?: File) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set("bestand", file);
  body.set("csrf", TEST_CSRF_TOKEN);
  return new Request(`http://meedoen.test/mijn/zaken/${caseId}`, { method: "POST", body, headers: { Cookie: cookie } });
}

describe.each(testBackends())("a resident's own cases (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let a: { id: string; cookie: string; caseId: string };
  let b: { id: string; cookie: string; caseId: string };
  let klantmanager: Staff;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    const make = async (key: string) => {
      const resident = await createResident(services, key);
      const created = await createCase(database.db, { municipality, residentId: resident.id, type: "wijziging", submission: { note: "x" }, formVersion: "test/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
      return { id: resident.id, cookie: await signInResident(services, resident.id), caseId: created.id };
    };
    a = await make("fatima");
    b = await make("daan");
    klantmanager = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-lansingerland").executeTakeFirstOrThrow();
  });
  afterAll(() => database.close());

  const page = (who: { cookie: string }, caseId: string) => callRoute(services, loader, new Request(`http://meedoen.test/mijn/zaken/${caseId}`, { headers: { Cookie: who.cookie } }), { caseId });

  it("shows a resident their own case", async () => {
    expect((await page(a, a.caseId)).result).toMatchObject({ status: "ontvangen", type: "wijziging" });
  });

  it("answers 404 for someone else's case and for guessed ids, never 403", async () => {
    for (const caseId of [b.caseId, "00000000-0000-0000-0000-000000000000", "1", "../../etc/passwd"]) {
      expect(((await page(a, caseId)).result as Response).status).toBe(404);
    }
    const post = await callRoute(services, action, messageRequest(b.caseId, a.cookie, { tekst: "hallo" }), { caseId: b.caseId });
    expect((post.result as Response).status).toBe(404);
    expect(await database.db.selectFrom("case_events").select("id").where("case_id", "=", b.caseId).where("type", "=", "bericht_inwoner").execute()).toEqual([]);
  });

  it("a question from the klantmanager also goes out by e-mail, saying only that there is a task", async () => {
    await database.db.updateTable("residents").set({ email: "b@example.test", reminder_channel: "email" }).where("id", "=", b.id).execute();
    await withMunicipalityScope(database.db, klantmanager.municipality_id, (db) => requestInformation(db, klantmanager, { caseId: b.caseId, message: "Stuur uw huurcontract." }));
    const queued = await database.db.selectFrom("notifications").selectAll().where("case_id", "=", b.caseId).execute();
    expect(queued).toMatchObject([{ kind: "information_requested", resident_id: b.id, status: "pending" }]);

    const transports = { email: createOutboxEmail(database.db), sms: createOutboxSms(database.db) };
    await deliverPendingNotifications(database.db, { transports, publicUrl: "https://meedoen.example" });
    const sent = await database.db.selectFrom("outbox_messages").selectAll().where("notification_id", "=", queued[0]!.id).execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "email", recipient: "b@example.test", subject: "U heeft een nieuwe taak in Meedoen" });
    // What the klantmanager asked stays behind the login: anyone can read a phone's notifications.
    expect(sent[0]!.body).not.toContain("huurcontract");
    expect(sent[0]!.body).toContain("https://meedoen.example/mijn");
  });

  it("answers a question from the klantmanager with a file: the case goes back to the klantmanager", async () => {
    const asked = await withMunicipalityScope(database.db, klantmanager.municipality_id, (db) => requestInformation(db, klantmanager, { caseId: a.caseId, message: "Stuur uw loonstrook van oktober." }));
    expect(asked).toEqual({ ok: true });
    expect(await listOpenInformationRequests(database.db, a.id)).toHaveLength(1);
    expect((await page(a, a.caseId)).result).toMatchObject({ status: "aanvulling_gevraagd", openRequest: { text: "Stuur uw loonstrook van oktober." } });

    const { result } = await callRoute(services, action, messageRequest(a.caseId, a.cookie, { tekst: "Hierbij mijn loonstrook." }, new File([PDF], "loonstrook okt.pdf")), { caseId: a.caseId });
    expect((result as Response).status).toBe(302);
    const after = (await page(a, a.caseId)).result as { status: string; documents: Array<{ id: string; name: string }>; events: Array<{ type: string }> };
    expect(after.status).toBe("in_behandeling");
    expect(after.documents.map((d) => d.name)).toEqual(["loonstrook okt.pdf"]);
    expect(after.events.map((e) => e.type)).toEqual(["ingediend", "aanvulling_gevraagd", "aanvulling_geleverd", "status_gewijzigd"]);
    expect(await listOpenInformationRequests(database.db, a.id)).toEqual([]);

    const documentId = after.documents[0]!.id;
    const own = await callRoute(services, documentLoader, new Request("http://meedoen.test/x", { headers: { Cookie: a.cookie } }), { caseId: a.caseId, documentId });
    expect((own.result as Response).headers.get("Content-Type")).toBe("application/pdf");
    expect((own.result as Response).headers.get("Content-Disposition")).toMatch(/^attachment;/);
    const stolen = await callRoute(services, documentLoader, new Request("http://meedoen.test/x", { headers: { Cookie: b.cookie } }), { caseId: a.caseId, documentId });
    expect((stolen.result as Response).status).toBe(404);
  });

  it("refuses a program renamed to .pdf and keeps the message text", async () => {
    const { result } = await callRoute(services, action, messageRequest(a.caseId, a.cookie, { tekst: "Mijn contract" }, new File([Buffer.from("MZ\x90\x00")], "contract.pdf", { type: "application/pdf" })), { caseId: a.caseId });
    const reply = result as { data: { error: Record<string, string[]>; initialValue: Record<string, string> }; init: { status: number } };
    expect(reply.init.status).toBe(400);
    expect(reply.data.error.bestand).toEqual(["errors.upload.wrongType"]);
    expect(reply.data.initialValue.tekst).toBe("Mijn contract");
  });

  it("keeps internal notes out of the resident's view", async () => {
    await database.db.insertInto("case_events").values({ case_id: a.caseId, type: "notitie", actor_type: "staff", actor_id: klantmanager.id, visible_to_resident: false, data: JSON.stringify({ text: "interne notitie" }) }).execute();
    expect(JSON.stringify((await page(a, a.caseId)).result)).not.toContain("interne notitie");
  });
});
