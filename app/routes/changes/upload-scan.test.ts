import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { EICAR, type FakeClamd, startFakeClamd } from "../../../tests/fixtures/fake-clamd";
import { createResident } from "../../../tests/fixtures/residents";
import { callRoute, createTestServices, formRequest, signInResident, TEST_CSRF_TOKEN } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import type { Resident } from "~/lib/db-schema";
import { getResources } from "~/lib/translations.server";
import type { Services } from "~/lib/services.server";
import { action as startAction } from "./start";
import { action as topicAction, loader as topicLoader } from "./topic";

// Every upload is scanned by clamd before it is stored. A fake clamd on 127.0.0.1 stands in for
// ClamAV: it finds the EICAR test string, and one that never answers stands in for a hung scanner.
const BASE = "http://meedoen.test";
const PDF = Buffer.from("%PDF-1.4\n% loonstrook\n");
const today = new Date();
const datum = { "datum.dag": String(today.getUTCDate()), "datum.maand": String(today.getUTCMonth() + 1), "datum.jaar": String(today.getUTCFullYear()) };
const typed = { soort: "loonstrook", ...datum, bedrag: "1.234,56" };

function multipart(path: string, cookie: string, fields: Record<string, string>, file: File) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  body.set("bestand", file);
  body.set("csrf", TEST_CSRF_TOKEN);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: { Cookie: cookie } });
}
type Reply = { data: { error: Record<string, string[]>; initialValue: Record<string, unknown> }; init: { status: number } };

describe.each(testBackends())("scanning uploads for viruses (%s)", (backend) => {
  let database: TestDatabase;
  let clamd: FakeClamd;
  let hung: FakeClamd;
  let scanning: Services;
  let scannerDown: Services;
  let resident: Resident;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    clamd = await startFakeClamd();
    hung = await startFakeClamd("silent");
    scanning = createTestServices(database.db, { CLAMAV_HOST: "127.0.0.1", CLAMAV_PORT: String(clamd.port) });
    scannerDown = createTestServices(database.db, { CLAMAV_HOST: "127.0.0.1", CLAMAV_PORT: String(hung.port), CLAMAV_TIMEOUT_MS: "400" });
    await seedDemoData(database.db);
    resident = await createResident(scanning, "piotr");
    cookie = await signInResident(scanning, resident.id);
    await callRoute(scanning, startAction, formRequest(`${BASE}/pl/mijn/wijziging`, { onderwerpen: "werk" }, cookie));
  });
  afterAll(async () => {
    await clamd.close();
    await hung.close();
    await database.close();
  });

  const storedFiles = () => database.db.selectFrom("draft_uploads").select(["file_name", "size_bytes"]).where("resident_id", "=", resident.id).execute();
  const post = (services: Services, file: File) => callRoute(services, topicAction, multipart("/pl/mijn/wijziging/werk", cookie, typed, file), { topic: "werk" });

  it("refuses an infected file with a clear message in the resident's language, and keeps the rest of the form", async () => {
    const { result } = await post(scanning, new File([PDF, EICAR], "loonstrook.pdf", { type: "application/pdf" }));
    const reply = result as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.error).toEqual({ bestand: ["errors.upload.infected"] });
    expect(reply.data.initialValue).toMatchObject({ soort: "loonstrook", bedrag: "1.234,56", datum: { dag: datum["datum.dag"] } });
    expect(await storedFiles()).toEqual([]);
    expect(clamd.received).toHaveLength(1);
    // The page shows the key in Polish (the resident chose /pl), and the typed answers are kept in the draft.
    const polish = getResources("pl").common as { errors: { upload: Record<string, string> } };
    expect(polish.errors.upload.infected).toMatch(/antywirus/);
    const page = await callRoute(scanning, topicLoader, new Request(`${BASE}/pl/mijn/wijziging/werk`, { headers: { Cookie: cookie } }), { topic: "werk" });
    expect((page.result as { defaults: Record<string, unknown> }).defaults).toMatchObject({ soort: "loonstrook", bedrag: "1.234,56" });
  });

  it("stores a clean file after the scan", async () => {
    const { result } = await post(scanning, new File([PDF], "loonstrook.pdf", { type: "application/pdf" }));
    expect((result as Response).status).toBe(302);
    expect(await storedFiles()).toEqual([{ file_name: "loonstrook.pdf", size_bytes: PDF.length }]);
    expect(clamd.received.at(-1)!.equals(PDF)).toBe(true);
  });

  it("says 'try again later' within the timeout when the scanner does not answer, and stores nothing", async () => {
    await database.db.deleteFrom("draft_uploads").where("resident_id", "=", resident.id).execute();
    const started = Date.now();
    const { result } = await post(scannerDown, new File([PDF], "loonstrook.pdf", { type: "application/pdf" }));
    expect(Date.now() - started).toBeLessThan(3_000);
    const reply = result as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.error).toEqual({ bestand: ["errors.upload.scanFailed"] });
    expect(reply.data.initialValue).toMatchObject({ soort: "loonstrook", bedrag: "1.234,56" });
    expect(await storedFiles()).toEqual([]);
  });
});
