import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded default: PGlite (PostgreSQL compiled to WebAssembly) behind its socket server,
 * so the app, migrations and the job queue talk the PostgreSQL protocol through `pg` exactly
 * as they do against a real server. One code path, two databases.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export type EmbeddedPostgres = {
  host: string;
  port: number;
  stop(): Promise<void>;
};

export async function startEmbeddedPostgres(options: { dataDir?: string; maxConnections: number }): Promise<EmbeddedPostgres> {
  // PGlite does not create parent folders itself.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir);
  const host = "127.0.0.1";
  const port = await findFreePort(host);
  // The socket server's default of one connection would break any pool larger than one.
  const server = new PGLiteSocketServer({ db: pglite, host, port, maxConnections: options.maxConnections });
  await server.start();
  return {
    host,
    port,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}

function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
