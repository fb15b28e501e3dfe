import pino from "pino";
import { redactBsns } from "./bsn";

/**
 * One structured logger. BSNs must never reach a log line: known fields are redacted by path,
 * and every string that passes the 11-test is replaced, wherever it appears (a URL, an error
 * message), because a forgotten field name must not leak one.
 */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactBsns(value);
  if (depth > 5 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { type: value.name, message: redactBsns(value.message), stack: value.stack && redactBsns(value.stack) };
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
}

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: "meedoen" },
      redact: { paths: ["bsn", "*.bsn", "*.*.bsn", "req.headers.cookie", "req.headers.authorization"], censor: "[REDACTED]" },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? redactBsns(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export const logger = createLogger(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"));
