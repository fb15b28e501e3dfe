import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { CompiledQuery } from "kysely";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "../db.server";
import { DEFAULT_LANGUAGE, parseLocalizedPath } from "../i18n";
import { logger } from "../logger.server";
import { calmPage } from "./calm-page";

/**
 * Rate limits on what an attacker would repeat: logging in, sending a form (check-your-answers)
 * and uploading a file. Counted per session and per IP address in PostgreSQL
 * (rate-limiter-flexible), so every app instance shares them. Generous per address: a
 * Servicepunt office or a whole asielzoekerscentrum can share one. `factor` multiplies every
 * limit (the e2e suite logs in hundreds of times from 127.0.0.1).
 */
type Bucket = "login" | "submit" | "upload";
const LIMITS: Record<Bucket, { perSession: number; perAddress: number; seconds: number }> = {
  login: { perSession: 10, perAddress: 100, seconds: 15 * 60 },
  submit: { perSession: 10, perAddress: 200, seconds: 10 * 60 },
  upload: { perSession: 30, perAddress: 300, seconds: 60 * 60 },
};

// The staff code pages count as logging in: a code is a password that could be guessed.
const LOGIN_PATHS = ["/inloggen", "/medewerker/inloggen", "/dev-idp/authorize", "/medewerker/hulp", "/medewerker/tweestapsverificatie", "/medewerker/tweestapsverificatie/instellen"];

/** Which limit a request counts against, if any: only POSTs change anything. */
export function bucketFor(method: string, pathname: string, contentType: string | undefined): Bucket | null {
  if (method !== "POST") return null;
  const { path } = parseLocalizedPath(pathname.replace(/\.data$/, ""));
  if (LOGIN_PATHS.includes(path)) return "login";
  if (contentType?.startsWith("multipart/form-data")) return "upload";
  if (path.endsWith("/controleren")) return "submit";
  return null;
}

// Kysely runs the store's queries, so the embedded database keeps its one connection.
function storeClient(db: Database) {
  return { query: ({ text, values }: { text: string; values?: unknown[] }) => db.executeQuery(CompiledQuery.raw(text, values ?? [])) };
}

const hashed = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32);

export function rateLimits(db: Database, options: { factor?: number; sessionCookie: string }) {
  const factor = options.factor ?? 1;
  const limiters = new Map<string, RateLimiterPostgres>();
  const limiter = (bucket: Bucket, scope: "session" | "address") => {
    const key = `${bucket}:${scope}`;
    let found = limiters.get(key);
    if (!found) {
      const limit = LIMITS[bucket];
      found = new RateLimiterPostgres({
        storeClient: storeClient(db),
        storeType: "client",
        tableName: "rate_limits",
        tableCreated: true, // migration 0010
        clearExpiredByTimeout: false,
        keyPrefix: key,
        points: Math.round((scope === "session" ? limit.perSession : limit.perAddress) * factor),
        duration: limit.seconds,
      });
      limiters.set(key, found);
    }
    return found;
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    const bucket = bucketFor(req.method, req.path, req.headers["content-type"]);
    if (!bucket) return next();
    const session = readCookie(req.headers.cookie, options.sessionCookie);
    try {
      await Promise.all([
        limiter(bucket, "address").consume(hashed(req.ip ?? "unknown")),
        session ? limiter(bucket, "session").consume(hashed(session)) : undefined,
      ]);
      return next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // The counter store failed (database down): let the request through; the page itself
        // will say the service is unavailable if the database really is gone.
        logger.warn({ err: error }, "rate limit could not be checked");
        return next();
      }
      logger.warn({ bucket, path: req.path }, "rate limit reached");
      return tooManyRequests(req, res, Math.ceil(error.msBeforeNext / 1000));
    }
  };
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

/** A calm page in the resident's language: no framework, so it shows even under load. */
function tooManyRequests(req: Request, res: Response, retryAfterSeconds: number) {
  const lang = parseLocalizedPath(req.path).lang ?? DEFAULT_LANGUAGE;
  const page = calmPage(lang, "tooMany", req.path);
  res.status(page.status).set({ ...page.headers, "Retry-After": String(retryAfterSeconds) }).send(page.body);
}
