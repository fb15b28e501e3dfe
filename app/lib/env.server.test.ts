import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env.server";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "meedoen-env-"));

describe("configuration", () => {
  it("fails fast and names the variable with a bad value", () => {
    expect(() => parseEnv({ PORT: "not-a-port", DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: "not-a-port", DATA_DIR: dataDir() })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "nope", DATA_DIR: dataDir() })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ BSN_ENCRYPTION_KEY: "c2hvcnQ=", DATA_DIR: dataDir() })).toThrow(/BSN_ENCRYPTION_KEY/);
  });

  it("requires real secrets and providers in production, naming each", () => {
    let message = "";
    try {
      parseEnv({ NODE_ENV: "production" });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ["DATABASE_URL", "SESSION_SECRET", "BSN_ENCRYPTION_KEY", "DIGID_OIDC_ISSUER", "STAFF_OIDC_CLIENT_SECRET"]) {
      expect(message).toContain(name);
    }
  });

  it("generates local secrets into the data folder once, and reuses them", () => {
    const dir = dataDir();
    const first = parseEnv({ DATA_DIR: dir });
    const second = parseEnv({ DATA_DIR: dir });
    expect(first.SESSION_SECRET).toBe(second.SESSION_SECRET);
    expect(Buffer.from(first.BSN_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).sessionSecret).toBe(first.SESSION_SECRET);
  });

  it("honours PORT, HOST and DATA_DIR and seeds demo data outside production only", () => {
    const dir = dataDir();
    const env = parseEnv({ PORT: "4000", HOST: "0.0.0.0", DATA_DIR: dir });
    expect(env).toMatchObject({ PORT: 4000, HOST: "0.0.0.0", DATA_DIR: dir, seedDemoData: true });
  });
});
