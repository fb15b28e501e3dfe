import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one configuration loader. Every variable is listed in the README's Configuration table.
 * A bad value stops the process at start with a message that names the variable, instead of
 * failing later on a resident's request.
 */
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded");

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    PUBLIC_URL: z.url().optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    BSN_ENCRYPTION_KEY: base64Key.optional(),
    RESIDENT_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
    STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(600).default(30),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
    MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
    // Every upload is scanned by clamd (INSTREAM over TCP) before it is stored. Not set: no scan
    // (development); set it in production. The timeout covers connecting and scanning one file.
    CLAMAV_HOST: z.string().min(1).optional(),
    CLAMAV_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
    CLAMAV_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    // Bewaartermijnen (app/features/retention). Drafts normally expire after their municipality's
    // draftRetentionDays (at most 90); this is the ceiling for any draft untouched that long.
    DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    // Closed cases are deleted this many years after closing (selectielijst: bijstand 10 years).
    CLOSED_CASE_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(10),
    SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
    // Reminders by e-mail: smtp://user:pass@host:port (smtps:// for TLS). Not set: messages go
    // to the outbox table (the page /dev/outbox shows them), which is the embedded default.
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default("Meedoen <noreply@meedoen.example>"),
    // Where security researchers report a vulnerability (/.well-known/security.txt, RFC 9116).
    SECURITY_CONTACT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, "must start with mailto: or https://").default("mailto:security@meedoen.example"),
    // Where residents report an accessibility problem (the statement at /toegankelijkheid), beside
    // their Servicepunt's phone number. mailto: or a contact form's https:// address.
    ACCESSIBILITY_CONTACT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, "must start with mailto: or https://").default("mailto:toegankelijkheid@meedoen.example"),
    // Background jobs (reminders, check rounds). "false" for an instance that only serves pages.
    RUN_JOBS: z.enum(["true", "false"]).default("true"),
    // Multiplies every rate limit (app/lib/http/rate-limits.ts); the e2e suite raises them.
    RATE_LIMIT_FACTOR: z.coerce.number().min(0.01).max(1000).default(1),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DIGID_OIDC_ISSUER: z.url().optional(),
    DIGID_OIDC_CLIENT_ID: z.string().min(1).optional(),
    DIGID_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    STAFF_OIDC_ISSUER: z.url().optional(),
    STAFF_OIDC_CLIENT_ID: z.string().min(1).optional(),
    STAFF_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    // `acr` values of the staff provider that mean it did multi-factor authentication (comma
    // separated). Without a match in `acr` or `amr`, staff pass Meedoen's own TOTP step.
    STAFF_OIDC_MFA_ACR: z
      .string()
      .optional()
      .transform((value) => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean)),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    // In production nothing may fall back to generated secrets or the development identity provider.
    for (const name of [
      "DATABASE_URL",
      "PUBLIC_URL",
      "SESSION_SECRET",
      "BSN_ENCRYPTION_KEY",
      "DIGID_OIDC_ISSUER",
      "DIGID_OIDC_CLIENT_ID",
      "DIGID_OIDC_CLIENT_SECRET",
      "STAFF_OIDC_ISSUER",
      "STAFF_OIDC_CLIENT_ID",
      "STAFF_OIDC_CLIENT_SECRET",
    ] as const) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when NODE_ENV=production" });
    }
  });

export type Env = z.infer<typeof EnvSchema> & {
  SESSION_SECRET: string;
  BSN_ENCRYPTION_KEY: string;
  isProduction: boolean;
  seedDemoData: boolean;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const isProduction = env.NODE_ENV === "production";
  const generated = isProduction ? null : readOrCreateLocalSecrets(env.DATA_DIR);
  return {
    ...env,
    SESSION_SECRET: env.SESSION_SECRET ?? generated!.sessionSecret,
    BSN_ENCRYPTION_KEY: env.BSN_ENCRYPTION_KEY ?? generated!.bsnEncryptionKey,
    isProduction,
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === "true" : !isProduction,
  };
}

/** For the embedded default only: secrets live beside the data they protect, never in git. */
function readOrCreateLocalSecrets(dataDir: string) {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { sessionSecret: string; bsnEncryptionKey: string };
  mkdirSync(dataDir, { recursive: true });
  const secrets = {
    sessionSecret: randomBytes(32).toString("base64url"),
    bsnEncryptionKey: randomBytes(32).toString("base64"),
  };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
