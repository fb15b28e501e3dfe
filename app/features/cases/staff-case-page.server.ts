import { decisionTemplateText } from "./decision-text.server";
import { isOverdue } from "~/features/queue/queue.server";
import { loadPremiumCaseView } from "~/features/premium/staff-case.server";
import { loadChangeCaseView } from "~/features/changes/case-view.server";
import type { JobseekerProfile } from "~/features/registration/profile";
import { toPartialProfile } from "~/features/registration/registration.server";
import { summaryExtras } from "~/features/registration/summary-data.server";
import { listAcknowledgements } from "~/features/rights/rights.server";
import type { Database } from "~/lib/db.server";
import type { Language, Staff } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import { DecisionChoiceSchema } from "./staff-schema";
import { getHelpSessionHelper, getStaffCaseDetail, listColleagues } from "./staff-case.server";

/** Everything the klantmanager's case page shows, formatted for the page's language. */
export async function loadStaffCasePage(db: Database, staff: Staff, caseId: string, lang: Language, search: URLSearchParams) {
  const detail = await getStaffCaseDetail(db, staff, caseId);
  if (!detail) return null;
  const { case: found, resident, events, documents, earlierCases } = detail;
  const partial = found.type === "registratie_werkzoekende" ? toPartialProfile(found.submission as unknown as JobseekerProfile) : null;
  const [acknowledgements, colleagues, registration, assistedBy] = await Promise.all([
    listAcknowledgements(db, found.resident_id),
    listColleagues(db, staff),
    partial ? summaryExtras(db, partial, lang).then((extras) => ({ partial, ...extras })) : null,
    found.help_session_id ? getHelpSessionHelper(db, found.help_session_id) : null,
  ]);
  const open = found.decided_at === null;
  const chosen = DecisionChoiceSchema.safeParse({ sjabloon: search.get("sjabloon") ?? undefined });
  return {
    id: found.id,
    reference: found.reference,
    type: found.type,
    status: found.status,
    open,
    closed: found.closed_at !== null,
    overdue: isOverdue(found),
    paused: found.waiting_since !== null,
    deadline: formatDate(found.deadline, lang),
    submittedOn: formatDate(found.submitted_at, lang),
    language: found.language,
    assistedBy,
    tags: found.tags,
    assignee: found.assignee_id ? { id: found.assignee_id, name: found.assignee_name ?? "", isMe: found.assignee_id === staff.id } : null,
    decision: found.decision ? { ...found.decision, date: found.decided_at ? formatDate(found.decided_at, lang) : "" } : null,
    decisionDraft: open && chosen.success ? { template: chosen.data.sjabloon, text: decisionTemplateText("nl", chosen.data.sjabloon) } : null,
    resident: {
      name: `${resident.given_name} ${resident.family_name}`,
      birthDate: resident.birth_date ? formatDate(resident.birth_date, lang) : null,
      address: [resident.street_address, [resident.postal_code, resident.locality].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null,
      email: resident.email,
      mobile: resident.mobile,
      language: resident.preferred_language,
    },
    colleagues,
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      date: formatDate(e.occurred_at, lang),
      text: typeof e.data.text === "string" ? e.data.text : null,
      internal: !e.visible_to_resident,
      actor: e.actor_type === "staff" ? (e.staff_name ?? null) : e.actor_type,
      assigneeName: typeof e.data.assigneeName === "string" ? e.data.assigneeName : null,
    })),
    documents: documents.map((d) => ({ id: d.id, name: d.file_name, sizeKb: Math.max(1, Math.round(d.size_bytes / 1024)), date: formatDate(d.created_at, lang) })),
    earlierCases: earlierCases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, status: c.status, submittedOn: formatDate(c.submitted_at, lang) })),
    acknowledgements: acknowledgements.map((a) => ({ date: formatDate(a.acknowledged_at, lang), version: a.text_version, language: a.language })),
    registration,
    premium: await loadPremiumCaseView(db, found, documents, lang),
    changes: await loadChangeCaseView(db, found, lang),
  };
}

export type StaffCasePageData = NonNullable<Awaited<ReturnType<typeof loadStaffCasePage>>>;
