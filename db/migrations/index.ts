import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./2026-11-23-0001-foundation";
import * as casesDraftsRegistration from "./2026-11-23-0002-cases-drafts-registration";
import * as messagesDocumentsAcknowledgements from "./2026-11-23-0003-messages-documents-acknowledgements";
import * as caseQueue from "./2026-11-23-0004-case-queue";
import * as changesChecksNotifications from "./2026-11-23-0005-changes-checks-notifications";
import * as premium from "./2026-11-23-0006-premium";
import * as helpSessions from "./2026-11-23-0007-help-sessions";
import * as informationRequestNotices from "./2026-11-23-0008-information-request-notices";
import * as auditHashChain from "./2026-11-23-0009-audit-hash-chain";
import * as rateLimits from "./2026-11-23-0010-rate-limits";
import * as retention from "./2026-11-24-0011-retention";
import * as staffTotp from "./2026-11-24-0012-staff-totp";
import * as idempotencyKeys from "./2026-11-24-0013-idempotency-keys";

// An explicit list instead of a folder scan: the bundled server, Vitest and scripts all see
// the same migrations, in the same order, without file-system tricks.
const migrations: Record<string, Migration> = {
  "2026-11-23-0001-foundation": foundation,
  "2026-11-23-0002-cases-drafts-registration": casesDraftsRegistration,
  "2026-11-23-0003-messages-documents-acknowledgements": messagesDocumentsAcknowledgements,
  "2026-11-23-0004-case-queue": caseQueue,
  "2026-11-23-0005-changes-checks-notifications": changesChecksNotifications,
  "2026-11-23-0006-premium": premium,
  "2026-11-23-0007-help-sessions": helpSessions,
  "2026-11-23-0008-information-request-notices": informationRequestNotices,
  "2026-11-23-0009-audit-hash-chain": auditHashChain,
  "2026-11-23-0010-rate-limits": rateLimits,
  "2026-11-24-0011-retention": retention,
  "2026-11-24-0012-staff-totp": staffTotp,
  "2026-11-24-0013-idempotency-keys": idempotencyKeys,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
