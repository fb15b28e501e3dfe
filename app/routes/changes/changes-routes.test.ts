import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { callRoute, createTestServices, formRequest, signInResident, TEST_CSRF_TOKEN } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { loadStaffCasePage } from "~/features/cases/staff-case-page.server";
import type { Resident, Staff } from "~/lib/db-schema";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import type { Services } from "~/lib/services.server";
import { loader as caseLoader } from "../cases/resident-case";
import { loader as confirmationLoader } from "./confirmation";
import { action as reviewAction, loader as reviewLoader } from "./review";
import { action as startAction, loader as startLoader } from "./start";
import { action as topicAction, loader as topicLoader } from "./topic";

const BASE = "http://meedoen.test";
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("camera photo")]);
const today = new Date();
const datum = { "datum.dag": String(today.getUTCDate()), "datum.maand": String(today.getUTCMonth() + 1), "datum.jaar": String(today.getUTCFullYear()) };

function multipart(path: string, cookie: string, fields: Record<string, string>, file?: File) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set("bestand", file);
  body.set("csrf", TEST_CSRF_TOKEN);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: { Cookie: cookie } });
}
const get = (path: string, cookie: string) => new Request(`${BASE}${path}`, { headers: { Cookie: cookie } });
type Reply = { data: { error: Record<string, string[]>; initialValue: Record<string, unknown> }; init: { status: number } };

describe.each(testBackends())("reporting a change through the pages (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let resident: Resident;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    // A small upload limit, so "too big" needs no big test file.
    services = createTestServices(database.db, { MAX_UPLOAD_BYTES: "2048" });
    await seedDemoData(database.db);
    resident = await createResident(services, "piotr");
    cookie = await signInResident(services, resident.id);
  });
  afterAll(() => database.close());

  it("starts with choosing topics, and sends the resident to the first one", async () => {
    const empty = await callRoute(services, startAction, formRequest(`${BASE}/pl/mijn/wijziging`, {}, cookie));
    expect((empty.result as Reply).init.status).toBe(400);
    expect((empty.result as Reply).data.error.onderwerpen).toEqual(["changes:errors.topics.required"]);
    const { result } = await callRoute(services, startAction, formRequest(`${BASE}/pl/mijn/wijziging`, { onderwerpen: "werk" }, cookie));
    expect((result as Response).headers.get("Location")).toBe("/pl/mijn/wijziging/werk");
    const page = await callRoute(services, topicLoader, get("/pl/mijn/wijziging/werk", cookie), { topic: "werk" });
    expect(page.result).toMatchObject({ slug: "werk", number: 1, total: 1 });
  });

  it("refuses a program renamed to .pdf by its content, and keeps the rest of the form", async () => {
    const exe = new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00")], "loonstrook.pdf", { type: "application/pdf" });
    const { result } = await callRoute(services, topicAction, multipart("/pl/mijn/wijziging/werk", cookie, { soort: "loonstrook", ...datum, bedrag: "1.234,56" }, exe), { topic: "werk" });
    const reply = result as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.error.bestand).toEqual(["errors.upload.wrongType"]);
    expect(reply.data.initialValue).toMatchObject({ soort: "loonstrook", bedrag: "1.234,56" });
    expect(await database.db.selectFrom("draft_uploads").select("id").where("resident_id", "=", resident.id).execute()).toEqual([]);
  });

  it("says a file is too big and keeps everything else that was typed, also in the draft", async () => {
    const big = new File([Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(4096)])], "scan.pdf");
    const { result } = await callRoute(services, topicAction, multipart("/pl/mijn/wijziging/werk", cookie, { soort: "meer_uren", ...datum, uren: "32", werkgever: "Kwekerij" }, big), { topic: "werk" });
    const reply = result as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.error.bestand).toEqual(["errors.upload.tooBig"]);
    expect(reply.data.initialValue).toMatchObject({ soort: "meer_uren", uren: "32", werkgever: "Kwekerij" });
    const page = await callRoute(services, topicLoader, get("/pl/mijn/wijziging/werk", cookie), { topic: "werk" });
    expect((page.result as { defaults: Record<string, unknown> }).defaults).toMatchObject({ soort: "meer_uren", uren: "32", werkgever: "Kwekerij" });
  });

  it("takes a photo from the phone camera and goes on to check-your-answers", async () => {
    const photo = new File([JPEG], "IMG_0001.JPG", { type: "image/jpeg" });
    const { result } = await callRoute(services, topicAction, multipart("/pl/mijn/wijziging/werk", cookie, { intent: "next", soort: "loonstrook", ...datum, bedrag: "1.234,56" }, photo), { topic: "werk" });
    expect((result as Response).headers.get("Location")).toBe("/pl/mijn/wijziging/controleren");
    const review = await callRoute(services, reviewLoader, get("/pl/mijn/wijziging/controleren", cookie));
    const topics = (review.result as { topics: Array<{ slug: string; rows: Array<{ name: string; value: string }>; file: { name: string } | null }> }).topics;
    expect(topics[0]!.file?.name).toBe("IMG_0001.jpg");
    expect(topics[0]!.rows.find((r) => r.name === "bedrag")?.value.replace(/\s/g, " ")).toMatch(/1\s?234,56/);
  });

  it("sends once when the form is sent twice, and the second answer shows the same case", async () => {
    const missing = await callRoute(services, reviewAction, formRequest(`${BASE}/pl/mijn/wijziging/controleren`, {}, cookie));
    expect((missing.result as Reply).data.error.verklaring).toEqual(["changes:errors.declaration"]);
    const send = () => callRoute(services, reviewAction, formRequest(`${BASE}/pl/mijn/wijziging/controleren`, { verklaring: "ja" }, cookie));
    const [a, b] = await Promise.all([send(), send()]);
    const cases = await database.db.selectFrom("cases").select(["id", "tags", "language"]).where("resident_id", "=", resident.id).execute();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ tags: ["zelf_gemeld"], language: "pl" });
    for (const sent of [a, b]) expect((sent.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`);
    const confirmation = await callRoute(services, confirmationLoader, get(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`, cookie), { caseId: cases[0]!.id });
    expect(confirmation.result).toMatchObject({ aboutWork: true });
    // Back to check-your-answers after sending: the case, never a second send.
    const back = await callRoute(services, reviewLoader, get("/pl/mijn/wijziging/controleren", cookie));
    expect((back.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verstuurd/${cases[0]!.id}`);
  });

  it("corrects the report before pick-up, and both sides see both versions", async () => {
    const { id: caseId } = await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).executeTakeFirstOrThrow();
    const start = await callRoute(services, startLoader, get(`/pl/mijn/wijziging/verbeteren/${caseId}`, cookie), { caseId });
    expect(start.result).toMatchObject({ chosen: ["werk"] });
    const fix = await callRoute(
      services,
      topicAction,
      multipart(`/pl/mijn/wijziging/verbeteren/${caseId}/werk`, cookie, { intent: "next", soort: "loonstrook", ...datum, bedrag: "1.324,56" }),
      { caseId, topic: "werk" },
    );
    expect((fix.result as Response).headers.get("Location")).toBe(`/pl/mijn/wijziging/verbeteren/${caseId}/controleren`);
    const sent = await callRoute(services, reviewAction, formRequest(`${BASE}/pl/mijn/wijziging/verbeteren/${caseId}/controleren`, { verklaring: "ja" }, cookie), { caseId });
    expect((sent.result as Response).headers.get("Location")).toBe(`/pl/mijn/zaken/${caseId}`);

    const residentView = (await callRoute(services, caseLoader, get(`/pl/mijn/zaken/${caseId}`, cookie), { caseId })).result as {
      changes: { kind: string; correctable: boolean; versions: Array<{ version: number; kind: string; topics: Array<{ file: { name: string } | null }> }> };
    };
    expect(residentView.changes.versions.map((v) => [v.version, v.kind])).toEqual([
      [1, "ingediend"],
      [2, "gecorrigeerd"],
    ]);
    // The photo sent with version 1 is still part of version 2.
    expect(residentView.changes.versions[1]!.topics[0]!.file?.name).toBe("IMG_0001.jpg");
    expect(residentView.changes.correctable).toBe(true);

    const staff = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-de-ronde-venen").executeTakeFirstOrThrow();
    const staffPage = await withMunicipalityScope(database.db, staff.municipality_id, (db) => loadStaffCasePage(db, staff as Staff, caseId, "nl", new URLSearchParams()));
    expect(staffPage?.changes?.kind).toBe("change");
    expect(staffPage?.changes?.kind === "change" && staffPage.changes.versions.map((v) => v.kind)).toEqual(["ingediend", "gecorrigeerd"]);
    // Staff of another municipality see nothing of it.
    const other = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-lansingerland").executeTakeFirstOrThrow();
    expect(await withMunicipalityScope(database.db, other.municipality_id, (db) => db.selectFrom("change_report_versions").select("id").where("case_id", "=", caseId).execute())).toEqual([]);
  });
});
