import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

// Table types for Kysely, kept in step with db/migrations by hand (one file, reviewed with
// each migration).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Language = "nl" | "en" | "ar" | "tr" | "pl" | "uk";
export type ReminderChannel = "email" | "sms" | "post";
export type StaffRole = "klantmanager" | "servicepunt" | "beheerder" | "teamleider";

export interface MunicipalitiesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ResidentsTable {
  id: Generated<string>;
  bsn_encrypted: string;
  bsn_hash: string;
  given_name: string;
  family_name: string;
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  street_address: string | null;
  postal_code: string | null;
  locality: string | null;
  municipality_id: string | null;
  email: string | null;
  mobile: string | null;
  reminder_channel: ReminderChannel | null;
  preferred_language: Language | null;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffTable {
  id: Generated<string>;
  subject: string;
  name: string;
  email: string | null;
  role: StaffRole;
  municipality_id: string;
  last_login_at: Date | null;
  created_at: Timestamp;
}

/** A staff member's TOTP second factor (app/features/staff-two-factor); the secret is encrypted. */
export interface StaffTotpTable {
  staff_id: string;
  secret_encrypted: string;
  confirmed_at: Timestamp;
  // bigint: pg returns it as a string.
  last_used_step: ColumnType<string, number, number>;
}

export interface SessionsTable {
  id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  resident_id: string | null;
  staff_id: string | null;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_type: "resident" | "staff" | "system";
  actor_id: string | null;
  municipality_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  // Set by the database (migration 0009): the entry's place in the hash chain and its hashes.
  chain_seq: ColumnType<string, never, never>;
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

/** rate-limiter-flexible's counters (app/lib/http/rate-limits.ts); keys are hashes. */
export interface RateLimitsTable {
  key: string;
  points: number;
  expire: string | null;
}

/** Submit keys of forms without a draft (app/lib/idempotency.server.ts): one row per form sent. */
export interface IdempotencyKeysTable {
  resident_id: string;
  key: string;
  purpose: string;
  case_id: string | null;
  created_at: Timestamp;
}

export interface DB {
  municipalities: MunicipalitiesTable;
  residents: ResidentsTable;
  staff: StaffTable;
  staff_totp: StaffTotpTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  drafts: DraftsTable;
  jobseeker_profiles: JobseekerProfilesTable;
  occupations: OccupationsTable;
  documents: DocumentsTable;
  acknowledgements: AcknowledgementsTable;
  feedback: FeedbackTable;
  change_report_versions: ChangeReportVersionsTable;
  draft_uploads: DraftUploadsTable;
  benefits: BenefitsTable;
  check_rounds: CheckRoundsTable;
  check_invitations: CheckInvitationsTable;
  notifications: NotificationsTable;
  outbox_messages: OutboxMessagesTable;
  letter_tasks: LetterTasksTable;
  help_sessions: HelpSessionsTable;
  premium_rule_sets: PremiumRuleSetsTable;
  premium_draft_files: PremiumDraftFilesTable;
}

/** One version of a municipality's uitstroompremie rules (app/features/premium/rule-set.ts); never updated. */
export interface PremiumRuleSetsTable {
  id: Generated<string>;
  municipality_id: string;
  version: number;
  rules: ColumnType<unknown, string, never>;
  created_by: string | null;
  created_at: Timestamp;
}

/** Evidence uploaded to an uitstroompremie draft, moved to `documents` when it is sent. */
export interface PremiumDraftFilesTable {
  id: Generated<string>;
  position: Generated<string>;
  draft_id: string;
  resident_id: string;
  evidence_key: string;
  file_name: string;
  content_type: UploadContentType;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export type Resident = Selectable<ResidentsTable>;
export type NewResident = Insertable<ResidentsTable>;
export type ResidentUpdate = Updateable<ResidentsTable>;
export type Staff = Selectable<StaffTable>;

export type CaseType = "registratie_werkzoekende" | "wijziging" | "periodieke_check" | "uitstroompremie";
export type CaseStatus = "ontvangen" | "in_behandeling" | "aanvulling_gevraagd" | "toegekend" | "afgewezen" | "afgehandeld";

export interface CasesTable {
  id: Generated<string>;
  reference: string;
  municipality_id: string;
  resident_id: string;
  type: CaseType;
  status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>;
  deadline: ColumnType<string, string, string>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  submission: ColumnType<Record<string, unknown>, string, string>;
  form_version: string;
  language: string;
  assignee_id: string | null;
  submitted_at: Timestamp;
  updated_at: Timestamp;
  feedback_given: ColumnType<boolean, boolean | undefined, boolean>;
  picked_up_at: ColumnType<Date | null, never, Date | string | null>;
  waiting_since: ColumnType<string | null, never, string | null>;
  decision: ColumnType<CaseDecision | null, never, string | null>;
  decided_at: ColumnType<Date | null, never, Date | string | null>;
  closed_at: ColumnType<Date | null, never, Date | string | null>;
  help_session_id: ColumnType<string | null, string | null | undefined, never>;
}

/** What the klantmanager decided; the Dutch text is binding, the template key lets residents read it in their language. */
export type CaseDecision = { outcome: "toegekend" | "afgewezen" | "afgehandeld"; template: string; text: string; amountCents?: number | null };

export interface CaseEventsTable {
  id: Generated<string>;
  case_id: string;
  occurred_at: Timestamp;
  type: string;
  actor_type: "resident" | "staff" | "system";
  actor_id: string | null;
  visible_to_resident: ColumnType<boolean, boolean | undefined, never>;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface DraftsTable {
  id: Generated<string>;
  resident_id: string;
  form_type: string;
  form_version: string;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  last_step: string | null;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  help_session_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export type IdDocumentKind = "paspoort" | "identiteitskaart" | "rijbewijs" | "verblijfsdocument";

export interface HelpSessionsTable {
  id: Generated<string>;
  municipality_id: string;
  staff_id: string;
  resident_id: string;
  location: string;
  id_document_kind: IdDocumentKind;
  consent_given_at: Timestamp;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: "beeindigd" | "inactief" | "uitgelogd" | null;
}

export interface JobseekerProfilesTable {
  id: Generated<string>;
  resident_id: string;
  version: number;
  profile: ColumnType<Record<string, unknown>, string, never>;
  form_version: string;
  case_id: string | null;
  created_at: Timestamp;
}

export interface OccupationsTable {
  code: string;
  isco: string;
  names: ColumnType<Record<string, string>, string, string>;
  synonyms: ColumnType<string[], string[] | undefined, string[]>;
  search_text: string;
}

export type UploadContentType = "application/pdf" | "image/jpeg" | "image/png";

export interface DocumentsTable {
  id: Generated<string>;
  case_id: string;
  resident_id: string;
  uploaded_by_type: "resident" | "staff";
  uploaded_by_id: string | null;
  file_name: string;
  content_type: UploadContentType;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export interface AcknowledgementsTable {
  id: Generated<string>;
  resident_id: string;
  municipality_id: string | null;
  text_key: string;
  text_version: string;
  language: string;
  acknowledged_at: Timestamp;
}

// Wijzigingen, the periodic check and reminders (migration 0005).
export type ChangeVersionKind = "ingediend" | "gecorrigeerd" | "correctie_na_oppakken";
export interface ChangeReportVersionsTable {
  id: Generated<string>;
  case_id: string;
  municipality_id: string;
  resident_id: string;
  version: number;
  kind: ChangeVersionKind;
  submission: ColumnType<Record<string, unknown>, string, never>;
  actor_type: "resident" | "staff" | "system";
  actor_id: string | null;
  created_at: Timestamp;
}

export interface DraftUploadsTable {
  id: Generated<string>;
  draft_id: string;
  resident_id: string;
  slot: string;
  file_name: string;
  content_type: UploadContentType;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export type BenefitKind = "participatiewet" | "ioaw" | "ioaz";
export interface BenefitsTable {
  id: Generated<string>;
  resident_id: string;
  municipality_id: string;
  kind: BenefitKind;
  started_on: string;
  ended_on: string | null;
  created_at: Timestamp;
}

export interface CheckRoundsTable {
  id: Generated<string>;
  municipality_id: string;
  opens_on: string;
  closes_on: string;
  final_reminder_on: string;
  status: ColumnType<"opening" | "open" | "closed", "opening" | "open" | "closed" | undefined, "opening" | "open" | "closed">;
  invited_count: ColumnType<number, number | undefined, number>;
  opened_at: Date | null;
  final_reminders_at: Date | null;
  closed_at: Date | null;
  created_at: Timestamp;
}

export interface CheckInvitationsTable {
  round_id: string;
  resident_id: string;
  municipality_id: string;
  invited_at: Timestamp;
  answered_at: Date | null;
  with_changes: boolean | null;
  case_id: string | null;
  no_reply_case_id: string | null;
}

export type NotificationKind = "check_opened" | "check_final_reminder" | "information_requested";
export type NotificationStatus = "pending" | "sending" | "sent" | "failed" | "skipped";
export interface NotificationsTable {
  id: Generated<string>;
  municipality_id: string;
  resident_id: string;
  // A check round's reminder, or a notice about a case (information_requested).
  round_id: string | null;
  case_id: string | null;
  kind: NotificationKind;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  channel: "email" | "sms" | "post" | "none" | null;
  attempts: ColumnType<number, number | undefined, number>;
  send_after: Timestamp;
  claimed_at: Date | null;
  sent_at: Date | null;
  last_error: string | null;
  created_at: Timestamp;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  notification_id: string | null;
  channel: "email" | "sms";
  recipient: string;
  subject: string | null;
  body: string;
  created_at: Timestamp;
}

export interface LetterTasksTable {
  id: Generated<string>;
  municipality_id: string;
  resident_id: string;
  notification_id: string;
  language: string;
  created_at: Timestamp;
  done_at: Date | null;
  done_by: string | null;
}

export interface FeedbackTable {
  id: Generated<string>;
  municipality_id: string | null;
  case_id: string | null;
  answer: "makkelijk" | "moeilijk" | "hulp_nodig";
  comment: string | null;
  created_at: Timestamp;
}
