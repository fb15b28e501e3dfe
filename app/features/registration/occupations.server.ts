import { sql } from "kysely";
import type { Database } from "~/lib/db.server";
import type { Language } from "~/lib/i18n";

export type Occupation = { code: string; name: string };

const normalize = (text: string) => text.trim().toLocaleLowerCase("nl").replace(/\s+/g, " ");

/** All occupation names in a language, for the suggestion list (datalist) on the form. */
export async function listOccupationNames(db: Database, lang: Language): Promise<string[]> {
  const rows = await db.selectFrom("occupations").select(sql<string>`coalesce(names->>${lang}, names->>'nl')`.as("name")).orderBy("name").execute();
  return rows.map((r) => r.name);
}

/**
 * What a resident typed → an occupation code: its name in their language, the Dutch name, or
 * one of the Dutch words people actually use ("schoonmaker" for "Medewerker schoonmaak").
 */
export async function resolveOccupation(db: Database, typed: string, lang: Language): Promise<string | null> {
  const needle = normalize(typed);
  if (!needle) return null;
  const row = await db
    .selectFrom("occupations")
    .select("code")
    .where((eb) =>
      eb.or([
        eb(sql`lower(names->>${lang})`, "=", needle),
        eb(sql`lower(names->>'nl')`, "=", needle),
        eb(sql.val(needle), "=", sql<string>`any(synonyms)`),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row?.code ?? null;
}

/**
 * Up to `limit` occupations whose names or synonyms contain the text: "Bedoelt u …?". Dutch
 * glues words together ("schoonmaakhulp"), so when nothing contains the whole word, shorter
 * beginnings are tried, down to four letters.
 */
export async function suggestOccupations(db: Database, typed: string, lang: Language, limit = 5): Promise<Occupation[]> {
  const needle = normalize(typed).replace(/[%_\\]/g, "");
  for (let length = needle.length; length >= Math.min(4, needle.length) && length >= 2; length--) {
    const rows = await db
      .selectFrom("occupations")
      .select(["code", sql<string>`coalesce(names->>${lang}, names->>'nl')`.as("name")])
      .where("search_text", "like", `%${needle.slice(0, length)}%`)
      .orderBy("name")
      .limit(limit)
      .execute();
    if (rows.length) return rows;
    if (needle.length - length >= 8) break;
  }
  return [];
}

export async function occupationNames(db: Database, codes: string[], lang: Language): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom("occupations")
    .select(["code", sql<string>`coalesce(names->>${lang}, names->>'nl')`.as("name")])
    .where("code", "in", codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
