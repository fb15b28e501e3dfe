import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";
import "react-router";
import { verifyAuditChain } from "./lib/audit.server";
import { ConfigError, getEnv } from "./lib/env.server";
import { bodyLimit } from "./lib/http/body-limit";
import { rateLimits } from "./lib/http/rate-limits";
import { refuseCrossSitePosts } from "./lib/http/cross-site-posts";
import { sessionCookieName } from "./lib/session.server";
import { securityHeaders } from "./lib/http/security-headers";
import { logger } from "./lib/logger.server";
import { startServices } from "./lib/services.server";
import { startBackgroundJobs } from "./features/notifications/jobs.server";

// The production entry (`npm start` runs the bundle of this file): check the configuration,
// open and migrate the database, seed demo data where configured, then listen.

async function main() {
  const env = getEnv();
  const { handle } = await startServices();
  if (process.argv[2] === "verify-audit-log") {
    // `npm run audit:verify`: check the audit log's hash chain, print the result, exit 1 when broken.
    const report = await verifyAuditChain(handle.db);
    console.log(report.broken.length ? `Audit log: ${report.broken.length} broken link(s) in ${report.entries} entries` : `Audit log intact: ${report.entries} entries, last hash ${report.lastHash ?? "-"}`);
    for (const link of report.broken) console.log(`  entry ${link.chainSeq} (id ${link.id}): ${link.problem}`);
    await handle.close();
    process.exit(report.broken.length ? 1 : 0);
  }
  // Reminders and check rounds (pg-boss); RUN_JOBS=false for an instance that only serves pages.
  const jobs = await startBackgroundJobs(handle.db, env);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.isProduction ? 1 : false);
  app.use(securityHeaders(env.isProduction));
  app.use(compression());
  // A form with a file may carry the file plus a little text.
  app.use(bodyLimit(env.MAX_BODY_BYTES, env.MAX_UPLOAD_BYTES + 64 * 1024));
  // Fingerprinted build assets can be cached for good; everything else briefly.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
  app.use(refuseCrossSitePosts(env.PUBLIC_URL));
  // Login, submit and upload: limited per session and per address, with a calm page when reached.
  app.use(rateLimits(handle.db, { factor: env.RATE_LIMIT_FACTOR, sessionCookie: sessionCookieName(env.isProduction) }));
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      // Paths only: query strings can carry personal data.
      logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, "request");
    });
    next();
  });
  app.all(
    "/{*splat}",
    createRequestHandler({
      // A virtual module provided by the React Router Vite plugin at build time.
      build: () => import("virtual:react-router/server-build"),
    }),
  );

  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    logger.info({ url: `http://${env.HOST}:${port}`, database: handle.kind }, "Meedoen is listening");
  });

  // Without this the process lingers for tens of seconds on open database handles.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    server.close();
    await jobs?.stop().catch(() => undefined);
    await handle.close().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, "Meedoen could not start");
  }
  process.exit(1);
});
