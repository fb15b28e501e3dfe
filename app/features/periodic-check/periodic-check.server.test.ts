import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { callRoute, createTestServices, formRequest, signInResident } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import type { ChangeSubmission } from "~/features/changes/changes.server";
import { getFlowDraft, saveFlowStep } from "~/features/changes/drafts.server";
import { CHANGE_TOPIC_SLUGS } from "~/features/changes/topics";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Resident } from "~/lib/db-schema";
import type { Services } from "~/lib/services.server";
import { action as checkReviewAction } from "../../routes/periodic-check/review";
import { recordCheckAnswer, submitCheck } from "./check.server";
import { closeEndedRounds, getCheckRoundFigures, openCheckRound, queueFinalReminders, runCheckRoundTick } from "./rounds.server";

describe.each(testBackends())("the periodic check (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let municipality: Municipality;
  const people: Record<string, Resident> = {};
  let roundId: string;
  const today = todayIso();

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    municipality = (await getMunicipalityBySlug(database.db, "de-ronde-venen"))!;
    for (const key of ["kees", "nadia", "joost", "yara", "ingrid", "anna", "fatima"]) people[key] = await createResident(services, key);
    const benefit = (key: string, values: { ended_on?: string; municipality?: string } = {}) =>
      database.db
        .insertInto("benefits")
        .values({ resident_id: people[key]!.id, municipality_id: values.municipality ?? municipality.id, kind: "participatiewet", started_on: addDays(today, -400), ended_on: values.ended_on ?? null })
        .execute();
    for (const key of ["kees", "nadia", "joost", "yara"]) await benefit(key);
    await benefit("anna", { ended_on: addDays(today, -30) }); // benefit ended: not invited
    await benefit("fatima", { municipality: (await getMunicipalityBySlug(database.db, "lansingerland"))!.id }); // another municipality
  });
  afterAll(() => database.close());

  const submit = (key: string, when = today) =>
    submitCheck(database.db, { resident: people[key]!, municipality, lang: "nl", actor: { type: "resident", id: people[key]!.id }, retentionDays: 30, today: when });
  const answerAll = async (key: string, answer: "niets" | "wel" = "niets") => {
    for (const slug of CHANGE_TOPIC_SLUGS) await recordCheckAnswer(database.db, { residentId: people[key]!.id, roundId, slug, answer, retentionDays: 30 });
  };

  it("opens a round for every resident with an open benefit in the municipality, in batches, once", async () => {
    const opened = await openCheckRound(database.db, { municipality, opensOn: today, batchSize: 2 });
    roundId = opened.roundId;
    expect(opened).toMatchObject({ invited: 4, alreadyOpen: false });
    const invited = await database.db.selectFrom("check_invitations").select("resident_id").where("round_id", "=", roundId).execute();
    expect(invited.map((i) => i.resident_id).sort()).toEqual(["kees", "nadia", "joost", "yara"].map((k) => people[k]!.id).sort());
    const queued = await database.db.selectFrom("notifications").select(["resident_id", "kind"]).where("round_id", "=", roundId).execute();
    expect(queued).toHaveLength(4);
    expect(new Set(queued.map((n) => n.kind))).toEqual(new Set(["check_opened"]));
    expect(await openCheckRound(database.db, { municipality, opensOn: today })).toMatchObject({ roundId, alreadyOpen: true });
    expect(await database.db.selectFrom("notifications").select("id").where("round_id", "=", roundId).execute()).toHaveLength(4);
  });

  it("refuses to send a check with topics still unanswered", async () => {
    await recordCheckAnswer(database.db, { residentId: people.kees!.id, roundId, slug: "werk", answer: "niets", retentionDays: 30 });
    const result = await submit("kees");
    expect(result.outcome).toBe("incomplete");
    expect(result.outcome === "incomplete" && result.unanswered).toHaveLength(CHANGE_TOPIC_SLUGS.length - 1);
  });

  it("closes the check case by itself when nothing changed, and the same check sent twice gives one case", async () => {
    await answerAll("kees");
    const [first, second] = await Promise.all([submit("kees"), submit("kees")]);
    expect([first.outcome, second.outcome].sort()).toEqual(["already-submitted", "submitted"]);
    const cases = await database.db.selectFrom("cases").selectAll().where("resident_id", "=", people.kees!.id).execute();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ type: "periodieke_check", status: "afgehandeld", tags: ["niets_veranderd"] });
    expect(cases[0]!.closed_at).not.toBeNull();
    const invitation = await database.db.selectFrom("check_invitations").selectAll().where("resident_id", "=", people.kees!.id).executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ with_changes: false, case_id: cases[0]!.id });
  });

  it("makes a change case as well when something changed, linked to the check case", async () => {
    const joost = people.joost!;
    for (const slug of CHANGE_TOPIC_SLUGS) await recordCheckAnswer(database.db, { residentId: joost.id, roundId, slug, answer: slug === "verhuizen" ? "wel" : "niets", retentionDays: 30 });
    const date = { dag: String(Number(today.slice(8, 10))), maand: String(Number(today.slice(5, 7))), jaar: today.slice(0, 4) };
    await saveFlowStep(database.db, { residentId: joost.id, flow: { kind: "check" }, step: "verhuizen", values: { datum: date, adres: "Kerkstraat 1", postcode: "3641ab", plaats: "Mijdrecht" }, retentionDays: 30 });
    const result = await submit("joost");
    expect(result).toMatchObject({ outcome: "submitted" });
    const cases = await database.db.selectFrom("cases").selectAll().where("resident_id", "=", joost.id).orderBy("type").execute();
    expect(cases.map((c) => [c.type, c.status, c.tags])).toEqual([
      ["periodieke_check", "ontvangen", ["met_wijziging"]],
      ["wijziging", "ontvangen", ["zelf_gemeld", "periodieke_check"]],
    ]);
    const change = cases[1]!;
    expect((change.submission as unknown as ChangeSubmission).gegevens.verhuizen).toMatchObject({ postcode: "3641 AB", adres: "Kerkstraat 1" });
    const links = await database.db.selectFrom("case_events").select(["case_id", "data"]).where("type", "=", "gekoppeld").where("case_id", "in", cases.map((c) => c.id)).execute();
    expect(links.find((l) => l.case_id === cases[0]!.id)?.data).toMatchObject({ caseId: change.id });
    expect(links.find((l) => l.case_id === change.id)?.data).toMatchObject({ caseId: cases[0]!.id });
  });

  it("turns a check answered after the window into a normal change report, with an explanation", async () => {
    const yara = people.yara!;
    const cookie = await signInResident(services, yara.id);
    for (const slug of CHANGE_TOPIC_SLUGS) await recordCheckAnswer(database.db, { residentId: yara.id, roundId, slug, answer: slug === "werk" ? "wel" : "niets", retentionDays: 30 });
    await saveFlowStep(database.db, { residentId: yara.id, flow: { kind: "check" }, step: "werk", values: { soort: "nieuw_werk", datum: { dag: "1", maand: today.slice(5, 7), jaar: today.slice(0, 4) } }, retentionDays: 30 });
    // The window closes before she sends it.
    await database.db.updateTable("check_rounds").set({ closes_on: addDays(today, -1), opens_on: addDays(today, -29) }).where("id", "=", roundId).execute();
    const { result } = await callRoute(services, checkReviewAction, formRequest("http://meedoen.test/mijn/controle/controleren", { verklaring: "ja" }, cookie));
    expect((result as Response).headers.get("Location")).toBe("/mijn/wijziging/controleren");
    expect(await database.db.selectFrom("cases").select("id").where("resident_id", "=", yara.id).execute()).toEqual([]);
    const draft = await getFlowDraft(database.db, yara.id, { kind: "new" });
    expect(draft?.answers).toMatchObject({ onderwerpen: { onderwerpen: ["werk"] }, werk: { soort: "nieuw_werk" } });
    expect(await getFlowDraft(database.db, yara.id, { kind: "check" })).toBeNull();
    // Sent again (a second tab): still no check case, and nothing lost.
    expect(await submit("yara")).toEqual({ outcome: "closed", hasChanges: false });
  });

  it("reminds once more before the end, then gives the klantmanager a task for who did not answer, and counts it all", async () => {
    await database.db.updateTable("check_rounds").set({ closes_on: addDays(today, 3), final_reminder_on: addDays(today, -1) }).where("id", "=", roundId).execute();
    expect(await queueFinalReminders(database.db, today)).toBe(1);
    expect(await queueFinalReminders(database.db, today)).toBe(0);
    const finals = await database.db.selectFrom("notifications").select("resident_id").where("round_id", "=", roundId).where("kind", "=", "check_final_reminder").execute();
    expect(finals.map((f) => f.resident_id).sort()).toEqual([people.nadia!.id, people.yara!.id].sort());
    await database.db.updateTable("notifications").set({ status: "sent" }).where("round_id", "=", roundId).where("kind", "=", "check_final_reminder").execute();

    expect(await closeEndedRounds(database.db, addDays(today, 4))).toBe(1);
    const tasks = await database.db.selectFrom("cases").select(["resident_id", "type", "tags", "status"]).where(sql<boolean>`tags @> array['geen_reactie']`).execute();
    expect(tasks.map((t) => t.resident_id).sort()).toEqual([people.nadia!.id, people.yara!.id].sort());
    expect(tasks.every((t) => t.type === "periodieke_check" && t.status === "ontvangen")).toBe(true);
    expect(await closeEndedRounds(database.db, addDays(today, 5))).toBe(0);

    expect(await getCheckRoundFigures(database.db, municipality.id)).toEqual([
      expect.objectContaining({ roundId, status: "closed", invited: 4, answered: 2, withChanges: 1, reminded: 2, notAnswered: 2 }),
    ]);
  });

  it("opens rounds by itself only in the months the municipality chose", async () => {
    const other = (await getMunicipalityBySlug(database.db, "nijkerk"))!;
    const month = Number(today.slice(5, 7));
    const settings = { ...other.settings, periodicCheck: { ...other.settings.periodicCheck, months: [month === 12 ? 1 : month + 1] } };
    await database.db.updateTable("municipalities").set({ settings: JSON.stringify(settings) }).where("id", "=", other.id).execute();
    await database.db.updateTable("municipalities").set({ settings: JSON.stringify({ ...municipality.settings, periodicCheck: { ...municipality.settings.periodicCheck, months: [] } }) }).where("id", "!=", other.id).execute();
    await runCheckRoundTick(database.db, today);
    expect(await database.db.selectFrom("check_rounds").select("id").where("municipality_id", "=", other.id).execute()).toEqual([]);
    await database.db.updateTable("municipalities").set({ settings: JSON.stringify({ ...settings, periodicCheck: { ...settings.periodicCheck, months: [month] } }) }).where("id", "=", other.id).execute();
    expect((await runCheckRoundTick(database.db, today)).opened).toBe(1);
    expect((await runCheckRoundTick(database.db, today)).opened).toBe(0);
  });
});
