import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, createTestServices, formRequest, signInResident, signInStaff } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Services } from "~/lib/services.server";
import { action as queueAction, loader as queueLoader } from "./queue";
import { loader as residentCaseLoader } from "./resident-case";
import { action, loader } from "./staff-case";

describe.each(testBackends())("a case in the klantmanager's hands (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let caseId: string;
  let reference: string;
  let residentCookie: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    const resident = await createResident(services, "fatima");
    const created = await createCase(database.db, { municipality, residentId: resident.id, type: "wijziging", submission: {}, formVersion: "t/1", language: "ar", tags: [], actor: { type: "resident", id: resident.id } });
    caseId = created.id;
    reference = created.reference;
    residentCookie = await signInResident(services, resident.id);
    for (const key of ["km-lansingerland", "km2-lansingerland", "km-gooise-meren", "sp-lansingerland", "bh-lansingerland", "tl-lansingerland"]) cookies[key] = (await signInStaff(services, key)).cookie;
  });
  afterAll(() => database.close());

  const url = `http://meedoen.test/medewerker/zaken/`;
  const open = (who: string, id = caseId) => callRoute(services, loader, new Request(url + id, { headers: { Cookie: cookies[who]! } }), { caseId: id });
  const post = (who: string, fields: Record<string, string>, id = caseId) => callRoute(services, action, formRequest(url + id, fields, cookies[who]), { caseId: id });
  const status = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } } | null)?.init?.status ?? 200));

  it("only a klantmanager of the same municipality can open or act on the case; everyone else gets 404", async () => {
    expect(status((await open("km-lansingerland")).result)).toBe(200);
    for (const who of ["km-gooise-meren", "sp-lansingerland", "bh-lansingerland", "tl-lansingerland"]) {
      expect(status((await open(who)).result), who).toBe(404);
      expect(status((await post(who, { intent: "notitie", tekst: "mag niet" })).result), who).toBe(404);
      const queue = (await callRoute(services, queueLoader, new Request(url, { headers: { Cookie: cookies[who]! } }), {})).result;
      // Another municipality's klantmanager has a queue of their own, without this case.
      if (who === "km-gooise-meren") expect(JSON.stringify(queue)).not.toContain(reference);
      else expect(status(queue), who).toBe(404);
    }
    const events = await database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).execute();
    expect(events.map((e) => e.type)).toEqual(["ingediend"]);
    // Opening the case was written to the audit log as a view of the resident's data.
    const audit = await database.db.selectFrom("audit_log").select(["action", "reason"]).where("action", "=", "resident_data_viewed").execute();
    expect(audit).toHaveLength(1);
  });

  it("tells the second klantmanager that a colleague picked the case up first", async () => {
    expect(status((await post("km-lansingerland", { intent: "oppakken" })).result)).toBe(302);
    const late = await post("km2-lansingerland", { intent: "oppakken" });
    expect(status(late.result)).toBe(302);
    const page = (await callRoute(services, loader, new Request(url + caseId, { headers: { Cookie: late.setCookie ? late.setCookie.split(";")[0]! : cookies["km2-lansingerland"]! } }), { caseId })).result as { notice: string; assignee: { name: string } };
    expect(page.notice).toBe("staff-refused-taken");
    expect(page.assignee.name).toBe("Karin Vermeulen");
  });

  it("refuses an empty note, a script is kept as text, and an unknown intent is 404", async () => {
    const empty = await post("km-lansingerland", { intent: "notitie", tekst: "   " });
    expect(status(empty.result)).toBe(400);
    expect(JSON.stringify(empty.result)).toContain("errors.message.required");
    expect(status((await post("km-lansingerland", { intent: "notitie", tekst: "<script>alert(1)</script>" })).result)).toBe(302);
    expect(status((await post("km-lansingerland", { intent: "verwijderen" })).result)).toBe(404);
    const note = await database.db.selectFrom("case_events").select(["data", "visible_to_resident"]).where("case_id", "=", caseId).where("type", "=", "notitie").executeTakeFirstOrThrow();
    expect(note).toEqual({ data: { text: "<script>alert(1)</script>" }, visible_to_resident: false });
  });

  it("refuses an answer date in the past, and a colleague of another municipality", async () => {
    const past = await post("km-lansingerland", { intent: "aanvulling", tekst: "Stuur uw contract.", "uiterlijk.dag": "1", "uiterlijk.maand": "1", "uiterlijk.jaar": "2020" });
    expect(status(past.result)).toBe(400);
    expect(JSON.stringify(past.result)).toContain("errors.date.notFuture");
    const ruben = await database.db.selectFrom("staff").select("id").where("subject", "=", "dev-idp:km-gooise-meren").executeTakeFirstOrThrow();
    const handOver = await post("km-lansingerland", { intent: "toewijzen", collega: ruben.id, tekst: "Neem jij deze?" });
    expect(status(handOver.result)).toBe(302);
    const after = (await callRoute(services, loader, new Request(url + caseId, { headers: { Cookie: handOver.setCookie ? handOver.setCookie.split(";")[0]! : cookies["km-lansingerland"]! } }), { caseId })).result as { notice: string; assignee: { name: string }; status: string };
    expect(after.notice).toBe("staff-refused-not_colleague");
    expect(after.assignee.name).toBe("Karin Vermeulen");
    expect(after.status).toBe("in_behandeling");
    const events = await database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).execute();
    expect(events.map((e) => e.type)).not.toContain("toegewezen");
    expect(events.map((e) => e.type)).not.toContain("aanvulling_gevraagd");
  });

  it("a decision needs a template that exists, and the resident reads it in their language beside the Dutch", async () => {
    expect(status((await post("km-lansingerland", { intent: "besluit", sjabloon: "bestaat_niet", tekst: "x" })).result)).toBe(400);
    const draft = (await callRoute(services, loader, new Request(`${url}${caseId}?sjabloon=voldoet_niet`, { headers: { Cookie: cookies["km-lansingerland"]! } }), { caseId })).result as { decisionDraft: { text: string } };
    expect(draft.decisionDraft.text).toMatch(/^Wij hebben uw aanvraag bekeken/);
    expect(status((await post("km-lansingerland", { intent: "besluit", sjabloon: "voldoet_niet", tekst: `${draft.decisionDraft.text} U werkt meer dan 20 uur.` })).result)).toBe(302);
    const seen = (await callRoute(services, residentCaseLoader, new Request(`http://meedoen.test/ar/mijn/zaken/${caseId}`, { headers: { Cookie: residentCookie } }), { caseId })).result as {
      status: string;
      decision: { outcome: string; dutchText: string; translation: string };
      events: { type: string }[];
    };
    expect(seen.status).toBe("afgewezen");
    expect(seen.decision.dutchText).toContain("U werkt meer dan 20 uur.");
    expect(seen.decision.translation).toMatch(/[\u0600-\u06FF]/);
    // Internal notes and who picked it up stay with the municipality.
    expect(seen.events.map((e) => e.type)).not.toContain("notitie");
    expect(seen.events.map((e) => e.type)).not.toContain("opgepakt");
  });

  it("finds a case by reference, and by BSN only with a reason that is audited; the BSN is not sent back", async () => {
    const byReference = await callRoute(services, queueAction, formRequest(url, { zoek: reference.toLowerCase() }, cookies["km-lansingerland"]), {});
    expect((byReference.result as Response).headers.get("Location")).toBe(`/medewerker/zaken/${caseId}`);
    const noReason = await callRoute(services, queueAction, formRequest(url, { zoek: "999990019" }, cookies["km-lansingerland"]), {});
    expect(JSON.stringify(noReason.result)).toContain("errors.queueSearch.reasonRequired");
    const withReason = await callRoute(services, queueAction, formRequest(url, { zoek: "9999 90 019", reden: "Inwoner belt" }, cookies["km-lansingerland"]), {});
    const body = JSON.stringify(withReason.result);
    expect(body).toContain(reference);
    expect(body).not.toContain("999990019");
    const fromOtherMunicipality = await callRoute(services, queueAction, formRequest(url, { zoek: "999990019", reden: "nieuwsgierig" }, cookies["km-gooise-meren"]), {});
    expect(JSON.stringify(fromOtherMunicipality.result)).not.toContain(reference);
    const searches = await database.db.selectFrom("audit_log").select(["reason", "details"]).where("action", "=", "bsn_search").orderBy("id").execute();
    expect(searches.map((s) => s.reason)).toEqual(["Inwoner belt", "nieuwsgierig"]);
    expect(JSON.stringify(searches)).not.toContain("999990019");
  });
});
