import type { Database } from "~/lib/db.server";
import { type MunicipalitySettings, type MunicipalitySettingsInput, MunicipalitySettingsSchema, MunicipalitySlugSchema } from "./schema";

export type Municipality = {
  id: string;
  slug: string;
  name: string;
  settings: MunicipalitySettings;
};

function toMunicipality(row: { id: string; slug: string; name: string; settings: unknown }): Municipality {
  // Settings are validated on the way out too: a row edited by hand must not break a page.
  return { id: row.id, slug: row.slug, name: row.name, settings: MunicipalitySettingsSchema.parse(row.settings) };
}

export async function getMunicipalityBySlug(db: Database, slug: string): Promise<Municipality | null> {
  if (!MunicipalitySlugSchema.safeParse(slug).success) return null;
  const row = await db.selectFrom("municipalities").select(["id", "slug", "name", "settings"]).where("slug", "=", slug).executeTakeFirst();
  return row ? toMunicipality(row) : null;
}

export async function getMunicipalityById(db: Database, id: string): Promise<Municipality | null> {
  const row = await db.selectFrom("municipalities").select(["id", "slug", "name", "settings"]).where("id", "=", id).executeTakeFirst();
  return row ? toMunicipality(row) : null;
}

export async function listMunicipalities(db: Database): Promise<Array<Pick<Municipality, "slug" | "name">>> {
  return db.selectFrom("municipalities").select(["slug", "name"]).orderBy("name").execute();
}

export async function upsertMunicipality(db: Database, input: { slug: string; name: string; settings: MunicipalitySettingsInput }) {
  const settings = JSON.stringify(MunicipalitySettingsSchema.parse(input.settings));
  return db
    .insertInto("municipalities")
    .values({ slug: input.slug, name: input.name, settings })
    .onConflict((oc) => oc.column("slug").doUpdateSet({ name: input.name, settings, updated_at: new Date() }))
    .returning("id")
    .executeTakeFirstOrThrow();
}
