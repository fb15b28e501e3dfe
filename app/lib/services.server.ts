import { createContext } from "react-router";
import { seedDemoData, seedReferenceData } from "../../db/seed";
import { seedDemoCases } from "../../db/seed/demo-cases";
import { seedDemoChecks } from "../../db/seed/checks";
import { type BsnCrypto, createBsnCrypto } from "./crypto.server";
import { type Database, type DatabaseHandle, migrateToLatest, openDatabase } from "./db.server";
import { type Env, getEnv } from "./env.server";
import { logger } from "./logger.server";

/**
 * The app's connections to the outside world, created once per process and handed to
 * loaders and actions through the router context, so tests can hand in their own.
 */
export type Services = {
  env: Env;
  db: Database;
  bsnCrypto: BsnCrypto;
};

export const servicesContext = createContext<Services | null>(null);

let starting: Promise<{ services: Services; handle: DatabaseHandle }> | undefined;

export function startServices(): Promise<{ services: Services; handle: DatabaseHandle }> {
  starting ??= (async () => {
    const env = getEnv();
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DATABASE_POOL_SIZE });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const bsnCrypto = createBsnCrypto(env.BSN_ENCRYPTION_KEY);
    if (env.seedDemoData) {
      await seedDemoData(handle.db);
      await seedDemoCases(handle.db, bsnCrypto);
      await seedDemoChecks(handle.db, bsnCrypto);
    }
    logger.info({ database: handle.kind }, "services started");
    return { services: { env, db: handle.db, bsnCrypto }, handle };
  })();
  return starting;
}

export async function getServices(): Promise<Services> {
  return (await startServices()).services;
}
