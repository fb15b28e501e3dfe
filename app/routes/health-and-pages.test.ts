import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { callRoute, createTestServices } from "../../tests/fixtures/route-harness";
import { seedDemoData } from "../../db/seed";
import { openDatabase } from "~/lib/db.server";
import type { Services } from "~/lib/services.server";
import { loader as landingLoader } from "./municipality-landing";
import { loader as readyLoader } from "./readyz";
import { loader as themeLoader } from "./theme-css";

describe.each(testBackends())("health and public pages (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
  });
  afterAll(() => database.close());

  it("/readyz is 200 when the database answers", async () => {
    const { result } = await callRoute(services, readyLoader, new Request("http://meedoen.test/readyz"));
    expect((result as Response).status).toBe(200);
  });

  it("serves a municipality's landing data and its theme tokens", async () => {
    const { result } = await callRoute(services, landingLoader, new Request("http://meedoen.test/gooise-meren"), { municipality: "gooise-meren" });
    expect(result).toMatchObject({ name: "Gooise Meren", servicepunt: { phoneDisplay: "14 035" } });
    const css = await callRoute(services, themeLoader, new Request("http://meedoen.test/thema/gooise-meren.css"), { file: "gooise-meren.css" });
    expect((css.result as Response).headers.get("Content-Type")).toContain("text/css");
    expect(await (css.result as Response).text()).toContain("#1b3a6b");
  });

  it.each(["onbekend", "../../etc", "<script>", "a".repeat(500)])("answers 404 for unknown municipality %s", async (slug) => {
    const { result } = await callRoute(services, landingLoader, new Request("http://meedoen.test/x"), { municipality: slug });
    expect((result as Response).status).toBe(404);
  });
});

describe("with the database down", () => {
  let services: Services;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // Nothing listens on port 9: every connection is refused at once.
    const handle = await openDatabase({ databaseUrl: "postgres://nobody:nothing@127.0.0.1:9/none", poolSize: 1 });
    services = createTestServices(handle.db);
    close = handle.close;
  });
  afterAll(() => close());

  it("/readyz answers 503", async () => {
    const { result } = await callRoute(services, readyLoader, new Request("http://meedoen.test/readyz"));
    expect((result as Response).status).toBe(503);
  });

  it("a page that needs the database answers 503 instead of crashing", async () => {
    // What React Router hands the middleware when a loader failed: the error page, status 500.
    const renderedErrorPage = () => new Response("error page", { status: 500 });
    const { response } = await callRoute(services, renderedErrorPage, new Request("http://meedoen.test/lansingerland"));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("60");
  });
});

describe("the development identity provider", () => {
  it("is refused in production", async () => {
    const { loader: discovery } = await import("./dev-idp/discovery");
    const { action: token } = await import("./dev-idp/token");
    const handle = await openDatabase({ databaseUrl: "postgres://nobody:nothing@127.0.0.1:9/none", poolSize: 1 });
    const dev = createTestServices(handle.db);
    const production: Services = { ...dev, env: { ...dev.env, isProduction: true } };
    const ok = await callRoute(dev, discovery, new Request("http://meedoen.test/dev-idp/.well-known/openid-configuration"));
    expect(ok.result).toBeInstanceOf(Response);
    expect(await (ok.result as Response).json()).toMatchObject({ issuer: "http://meedoen.test/dev-idp" });
    const refused = await callRoute(production, discovery, new Request("http://meedoen.test/dev-idp/.well-known/openid-configuration"));
    expect((refused.result as Response).status).toBe(404);
    const refusedToken = await callRoute(production, token, new Request("http://meedoen.test/dev-idp/token", { method: "POST", body: "grant_type=authorization_code" }));
    expect((refusedToken.result as Response).status).toBe(404);
    await handle.close();
  });
});
