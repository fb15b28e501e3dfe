import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import type { Resident } from "~/lib/db-schema";
import { sniffContentType } from "~/lib/uploads.server";
import { type ChangeSubmission, listChangeVersions, startCorrection, submitChangeReport, submitCorrection } from "./changes.server";
import { getFlowDraft, saveFlowStep, storeDraftUpload } from "./drafts.server";
import type { ChangeFlow } from "./flow";

const PDF = Buffer.from("%PDF-1.4\n% loonstrook\n");
const upload = { fileName: "loonstrook.pdf", contentType: "application/pdf" as const, size: PDF.length, sha256: "x".repeat(64), content: PDF };
const thisMonth = (day: number) => {
  const now = new Date();
  return { dag: String(day), maand: String(now.getUTCMonth() + 1), jaar: String(now.getUTCFullYear()) };
};

describe.each(testBackends())("change reports (%s)", (backend) => {
  let database: TestDatabase;
  let municipality: Municipality;
  let resident: Resident;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const services = createTestServices(database.db);
    await seedDemoData(database.db);
    municipality = (await getMunicipalityBySlug(database.db, "de-ronde-venen"))!;
    resident = await createResident(services, "ingrid");
  });
  afterAll(() => database.close());

  const step = (flow: ChangeFlow, name: string, values: unknown) => saveFlowStep(database.db, { residentId: resident.id, flow, step: name, values, retentionDays: 30 });
  const send = () => submitChangeReport(database.db, { resident, municipality, lang: "nl", actor: { type: "resident", id: resident.id } });

  async function draftWorkChange(amount = "1.234,56") {
    const flow: ChangeFlow = { kind: "new" };
    await step(flow, "onderwerpen", { onderwerpen: ["werk"] });
    const draftId = await step(flow, "werk", { soort: "loonstrook", datum: thisMonth(1), bedrag: amount });
    await storeDraftUpload(database.db, { draftId, residentId: resident.id, slot: "werk", upload });
  }

  it("refuses to send a draft whose topic is not filled in yet", async () => {
    await step({ kind: "new" }, "onderwerpen", { onderwerpen: ["werk", "verhuizen"] });
    await step({ kind: "new" }, "werk", { soort: "loonstrook", datum: thisMonth(1) });
    expect(await send()).toEqual({ outcome: "incomplete", incomplete: ["verhuizen"], noTopics: false });
    await database.db.deleteFrom("drafts").where("resident_id", "=", resident.id).execute();
  });

  it("sends a change as a case `wijziging` tagged zelf_gemeld, with its file and version 1", async () => {
    await draftWorkChange();
    const result = await send();
    expect(result.outcome).toBe("submitted");
    const caseId = (result as { caseId: string }).caseId;
    const found = await database.db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(found).toMatchObject({ type: "wijziging", status: "ontvangen", tags: ["zelf_gemeld"], municipality_id: municipality.id });
    const submission = found.submission as unknown as ChangeSubmission;
    expect(submission.onderwerpen).toEqual(["werk"]);
    expect(submission.gegevens.werk).toMatchObject({ soort: "loonstrook", bedrag: 123456 });
    const document = await database.db.selectFrom("documents").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(sniffContentType(document.content)).toBe("application/pdf");
    expect(submission.bestanden.werk).toEqual({ documentId: document.id, fileName: "loonstrook.pdf" });
    expect((await listChangeVersions(database.db, caseId)).map((v) => [v.version, v.kind])).toEqual([[1, "ingediend"]]);
    // The draft and its file are gone: unsent data is not kept once sent.
    expect(await getFlowDraft(database.db, resident.id, { kind: "new" })).toBeNull();
    expect(await database.db.selectFrom("draft_uploads").select("id").where("resident_id", "=", resident.id).execute()).toEqual([]);
  });

  it("makes one case when the same report is sent twice at the same moment", async () => {
    await database.db.deleteFrom("drafts").where("resident_id", "=", resident.id).execute();
    await draftWorkChange("99,00");
    const before = await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).execute();
    const [first, second] = await Promise.all([send(), send()]);
    const after = await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).execute();
    expect(after.length - before.length).toBe(1);
    expect([first.outcome, second.outcome].sort()).toEqual(["already-submitted", "submitted"]);
    // The second answer points at the same case, so the page can show it.
    expect((first as { caseId: string }).caseId).toBe((second as { caseId: string }).caseId);
  });

  it("lets the resident correct a report until a klantmanager picks it up, then add a correction; every version is kept", async () => {
    const { id: caseId } = (await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).orderBy("submitted_at", "desc").executeTakeFirstOrThrow())!;
    const flow: ChangeFlow = { kind: "correction", caseId };
    expect(await startCorrection(database.db, { residentId: resident.id, caseId, retentionDays: 30 })).toBe("started");
    // The correction starts from what was sent.
    const draft = await getFlowDraft(database.db, resident.id, flow);
    expect(draft?.answers.werk).toMatchObject({ bedrag: "99,00" });
    await step(flow, "werk", { soort: "loonstrook", datum: thisMonth(1), bedrag: "199,00" });
    const corrected = await submitCorrection(database.db, { resident, caseId, lang: "nl", actor: { type: "resident", id: resident.id } });
    expect(corrected).toEqual({ outcome: "submitted", caseId, kind: "gecorrigeerd" });

    // A klantmanager picks it up; a later correction is added, not replacing history.
    const staff = await database.db.selectFrom("staff").select("id").where("subject", "=", "dev-idp:km-de-ronde-venen").executeTakeFirstOrThrow();
    await database.db.updateTable("cases").set({ assignee_id: staff.id, status: "in_behandeling" }).where("id", "=", caseId).execute();
    await startCorrection(database.db, { residentId: resident.id, caseId, retentionDays: 30 });
    await step(flow, "werk", { soort: "loonstrook", datum: thisMonth(1), bedrag: "299,00" });
    const added = await submitCorrection(database.db, { resident, caseId, lang: "nl", actor: { type: "resident", id: resident.id } });
    expect(added).toMatchObject({ outcome: "submitted", kind: "correctie_na_oppakken" });

    const versions = await listChangeVersions(database.db, caseId, resident.id);
    expect(versions.map((v) => [v.version, v.kind, (v.submission as unknown as ChangeSubmission).gegevens.werk?.bedrag])).toEqual([
      [1, "ingediend", 9900],
      [2, "gecorrigeerd", 19900],
      [3, "correctie_na_oppakken", 29900],
    ]);
    const found = await database.db.selectFrom("cases").select(["submission", "status"]).where("id", "=", caseId).executeTakeFirstOrThrow();
    expect((found.submission as unknown as ChangeSubmission).gegevens.werk?.bedrag).toBe(29900);
    expect(found.status).toBe("in_behandeling");
    const events = await database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).orderBy("id").execute();
    expect(events.map((e) => e.type)).toEqual(["ingediend", "gecorrigeerd", "correctie_na_oppakken"]);
    // Versions cannot be rewritten afterwards.
    await expect(database.db.updateTable("change_report_versions").set({ kind: "ingediend" }).where("case_id", "=", caseId).execute()).rejects.toThrow(/append-only/);
  });

  it("refuses corrections once the case is decided, and someone else's case", async () => {
    const { id: caseId } = await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).orderBy("submitted_at", "desc").executeTakeFirstOrThrow();
    await database.db.updateTable("cases").set({ status: "afgehandeld", closed_at: new Date(), decided_at: new Date() }).where("id", "=", caseId).execute();
    expect(await startCorrection(database.db, { residentId: resident.id, caseId, retentionDays: 30 })).toBe("closed");
    const other = await createResident(createTestServices(database.db), "piotr");
    expect(await startCorrection(database.db, { residentId: other.id, caseId, retentionDays: 30 })).toBe("not-found");
  });
});
