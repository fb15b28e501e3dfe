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
}

export interface DB {
  municipalities: MunicipalitiesTable;
  residents: ResidentsTable;
  staff: StaffTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  drafts: DraftsTable;
  jobseeker_profiles: JobseekerProfilesTable;
  occupations: OccupationsTable;
  documents: DocumentsTable;
  acknowledgements: AcknowledgementsTable;
  feedback: FeedbackTable;
  help_sessions: HelpSessionsTable;
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

export interface FeedbackTable {
  id: Generated<string>;
  municipality_id: string | null;
  case_id: string | null;
  answer: "makkelijk" | "moeilijk" | "hulp_nodig";
  comment: string | null;
  created_at: Timestamp;
}
