import type { Kysely } from "kysely";
import type { DB } from "../../app/lib/db-schema";
import occupations from "./occupations.json";

type OccupationSeed = { code: string; isco: string; nl: string; synonyms: string[]; en: string; ar: string; tr: string; pl: string; uk: string };

/** The occupation list is data: several hundred common occupations, Dutch synonyms, six languages. */
export async function seedOccupations(db: Kysely<DB>): Promise<void> {
  const rows = (occupations as OccupationSeed[]).map((o) => {
    const names = { nl: o.nl, en: o.en, ar: o.ar, tr: o.tr, pl: o.pl, uk: o.uk };
    const searchText = [...Object.values(names), ...o.synonyms].join(" | ").toLocaleLowerCase("nl");
    return { code: o.code, isco: o.isco, names: JSON.stringify(names), synonyms: o.synonyms.map((s) => s.toLocaleLowerCase("nl")), search_text: searchText };
  });
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto("occupations")
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          isco: eb.ref("excluded.isco"),
          names: eb.ref("excluded.names"),
          synonyms: eb.ref("excluded.synonyms"),
          search_text: eb.ref("excluded.search_text"),
        })),
      )
      .execute();
  }
}
