import type { z } from "zod";
import type { EducationSchema, ExperienceEntry, ObstaclesSchema, SituationSchema } from "./schema";

/**
 * The stored werkzoekende profile (the case's submission and each profile version). Keys
 * follow VUM / GGM Werkzoekende; codes, not display text, so staff see it in Dutch whatever
 * language the resident used.
 */
export type JobseekerProfile = {
  situatie: z.output<typeof SituationSchema>;
  opleiding: z.output<typeof EducationSchema>;
  werkervaring: ExperienceEntry[];
  bemiddelingsberoep: string[]; // occupation codes
  werktijden: { urenPerWeek: number; dagen: string[] };
  mobiliteit: { reisafstand: string; vervoer: string[] };
  rijbewijs: string[];
  taalbeheersing: {
    nederlands: { spreken: string; luisteren: string; lezen: string; schrijven: string };
    andereTalen: string[];
    andereTalenToelichting?: string;
  };
  belemmeringen: z.output<typeof ObstaclesSchema>;
  toestemmingTotDelenProfiel: boolean;
};

/** Every section of the profile, each null while its step is not (validly) answered. */
export type PartialProfile = {
  situatie: JobseekerProfile["situatie"] | null;
  opleiding: JobseekerProfile["opleiding"] | null;
  werkervaring: JobseekerProfile["werkervaring"] | null;
  wanted: Pick<JobseekerProfile, "bemiddelingsberoep" | "werktijden" | "mobiliteit" | "rijbewijs"> | null;
  taalbeheersing: JobseekerProfile["taalbeheersing"] | null;
  belemmeringen: JobseekerProfile["belemmeringen"] | null;
  toestemmingTotDelenProfiel: boolean | null;
};
