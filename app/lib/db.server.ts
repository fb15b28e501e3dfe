import path from "node:path";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { migrationProvider } from "../../db/migrations";
import type { DB } from "./db-schema";
import { startEmbeddedPostgres } from "./embedded-postgres.server";
import { logger } from "./logger.server";

export type Database = Kysely<DB>;

export type DatabaseHandle = {
  db: Database;
  kind: "postgres" | "embedded";
  close(): Promise<void>;
};

// A pool that cannot get a connection fails within seconds with an error the error page can
// show calmly, instead of a request that hangs.
const CONNECTION_TIMEOUT_MS = 5_000;
const EMBEDDED_WAIT_MS = 30_000;

// PostgreSQL returns `date` columns as JS Dates in local time by default; a birth date is a
// calendar day, so keep it as the ISO string the database holds.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  inMemory?: boolean;
  poolSize: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
    watchConnections(pool);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  // One connection to the embedded database, whatever poolSize says. PGlite is one PostgreSQL
  // session behind its socket server: with several connections, one connection's Parse and
  // another's Bind/Execute can interleave on that session, so a query runs another query's
  // unnamed statement ("unnamed prepared statement does not exist", or silently the wrong
  // rows). PGlite runs one query at a time anyway, so a single connection costs nothing; requests
  // wait in the pool instead of in the socket server. (app/lib/db.server.test.ts)
  const embedded = await startEmbeddedPostgres({
    dataDir: options.inMemory ? undefined : path.join(options.dataDir ?? "./data", "pgdata"),
    maxConnections: 2,
  });
  const pool = new pg.Pool({
    host: embedded.host,
    port: embedded.port,
    user: "postgres",
    database: "postgres",
    max: 1,
    // Waiting for the one connection is waiting for other requests' queries, not for a network.
    connectionTimeoutMillis: EMBEDDED_WAIT_MS,
  });
  watchConnections(pool);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "embedded",
    async close() {
      await db.destroy();
      await embedded.stop();
    },
  };
}

/**
 * The pool only listens for errors on idle connections. A connection that dies while a request
 * holds it (the database restarts, a failover, a terminated backend) fails that request's query
 * and then emits "error" on the client: unheard, that is an uncaught exception that takes the
 * whole process down, and every other resident's request with it (tests/faults, submit-faults.test.ts).
 */
function watchConnections(pool: pg.Pool): void {
  pool.on("error", (error) => logger.error({ err: error }, "idle database connection failed"));
  pool.on("connect", (client) => client.on("error", (error) => logger.error({ err: error }, "database connection lost")));
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Features land in parallel branches with their own migration numbers; a migration that
  // arrives after a later-numbered one has run is applied instead of refused.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === "Success") logger.info({ migration: result.migrationName }, "migration applied");
    if (result.status === "Error") logger.error({ migration: result.migrationName }, "migration failed");
  }
  if (error) throw error;
}

export async function isDatabaseReady(db: Database, timeoutMs = 2_000): Promise<boolean> {
  try {
    await Promise.race([
      sql`select 1`.execute(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database readiness timed out")), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}
