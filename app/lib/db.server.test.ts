import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { createTestServices } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { listQueuePage } from "~/features/queue/queue.server";
import { parseQueueFilters } from "~/features/queue/queue-filters";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "./db.server";
import { withMunicipalityScope } from "./municipality-scope.server";

// Many requests at once on the embedded database, as in the e2e runs: staff transactions and
// resident logins side by side. With several connections to PGlite's one session, queries ran
// each other's statements: a login stored a resident without municipality, or failed with
// "unnamed prepared statement does not exist".
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ inMemory: true, poolSize: 10 });
  await migrateToLatest(handle.db);
  await seedDemoData(handle.db);
});
afterAll(() => handle.close());

it("keeps concurrent queries apart on the embedded database", async () => {
  const services = createTestServices(handle.db);
  const staff = await handle.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-lansingerland").executeTakeFirstOrThrow();
  const queue = async () => {
    for (let i = 0; i < 60; i++) await withMunicipalityScope(handle.db, staff.municipality_id, (db) => listQueuePage(db, staff, parseQueueFilters(new URLSearchParams())));
  };
  const logins = async (key: string) => {
    const municipalities: Array<string | null> = [];
    for (let i = 0; i < 60; i++) municipalities.push((await createResident(services, key)).municipality_id);
    return municipalities;
  };
  const [, , fatima, olena, daan] = await Promise.all([queue(), queue(), logins("fatima"), logins("olena"), logins("daan")]);
  const expected = async (slug: string) => (await handle.db.selectFrom("municipalities").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
  expect(new Set(fatima)).toEqual(new Set([await expected("lansingerland")]));
  expect(new Set(daan)).toEqual(new Set([await expected("lansingerland")]));
  expect(new Set(olena)).toEqual(new Set([await expected("gooise-meren")]));
}, 60_000);
