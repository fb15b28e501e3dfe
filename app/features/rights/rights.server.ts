import { createHash } from "node:crypto";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import type { Database } from "~/lib/db.server";
import { DEFAULT_LANGUAGE, type Language } from "~/lib/i18n";
import { getNamespaces } from "~/lib/translations.server";
import type { RightsSection } from "./sections";
import { rightsValues } from "./sections";

export const RIGHTS_TEXT_KEY = "rechten-en-plichten";

/**
 * The version of the text a resident is shown: a hash of the binding Dutch text of exactly the
 * sections shown, with the municipality's values filled in. Any change to that text (a new
 * locale file, another phone number, a section that now applies) is a new version, and the
 * resident is asked to read it again.
 */
export function rightsTextVersion(municipality: Municipality, sections: RightsSection[]): string {
  const dutch = getNamespaces(DEFAULT_LANGUAGE, ["rights"]).rights as { sections: Record<string, unknown> };
  const shown = sections.map((key) => [key, dutch.sections[key]]);
  return createHash("sha256").update(JSON.stringify({ shown, values: rightsValues(municipality) })).digest("hex").slice(0, 16);
}

export async function latestAcknowledgement(db: Database, residentId: string) {
  return (
    (await db
      .selectFrom("acknowledgements")
      .select(["text_version", "language", "acknowledged_at"])
      .where("resident_id", "=", residentId)
      .where("text_key", "=", RIGHTS_TEXT_KEY)
      .orderBy("acknowledged_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

export async function acknowledgeRights(db: Database, input: { residentId: string; municipalityId: string; version: string; language: Language }) {
  await db
    .insertInto("acknowledgements")
    .values({ resident_id: input.residentId, municipality_id: input.municipalityId, text_key: RIGHTS_TEXT_KEY, text_version: input.version, language: input.language })
    .execute();
}

/** For staff: every acknowledgement of a resident (the audit of "passend informeren"). */
export async function listAcknowledgements(db: Database, residentId: string) {
  return db.selectFrom("acknowledgements").select(["text_key", "text_version", "language", "acknowledged_at"]).where("resident_id", "=", residentId).orderBy("acknowledged_at", "desc").execute();
}
