import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { addDays, todayIso } from "~/lib/date-schema";
import { ExperienceEntrySchema, SituationSchema, WantedWorkSchema } from "./schema";

function errors(schema: ZodType, fields: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) formData.append(key, v);
  const result = parseWithZod(formData, { schema });
  return result.status === "error" ? result.error : null;
}

const parts = (iso: string) => ({ "wwEinddatum.dag": String(Number(iso.slice(8))), "wwEinddatum.maand": String(Number(iso.slice(5, 7))), "wwEinddatum.jaar": iso.slice(0, 4) });
const month = (prefix: string, iso: string) => ({ [`${prefix}.maand`]: String(Number(iso.slice(5, 7))), [`${prefix}.jaar`]: iso.slice(0, 4) });

describe("situation", () => {
  it("needs a WW end date only when WW is ending", () => {
    expect(errors(SituationSchema, { situatie: "geen_werk", bijstandAanvragen: "ja" })).toBeNull();
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "ja" })).toEqual({ wwEinddatum: ["errors.registration.wwEnd.required"] });
  });
  it("ignores empty date boxes when no date is needed, but not a half-filled date", () => {
    expect(errors(SituationSchema, { situatie: "geen_werk", bijstandAanvragen: "ja", "wwEinddatum.dag": "", "wwEinddatum.maand": "", "wwEinddatum.jaar": "" })).toBeNull();
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "ja", "wwEinddatum.dag": "3", "wwEinddatum.maand": "", "wwEinddatum.jaar": "" })).toMatchObject({
      "wwEinddatum.maand": ["errors.date.invalid"],
      "wwEinddatum.jaar": ["errors.date.invalid"],
    });
  });
  it("refuses impossible dates and dates far away", () => {
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "nee", "wwEinddatum.dag": "31", "wwEinddatum.maand": "2", "wwEinddatum.jaar": "2027" })?.wwEinddatum).toEqual(["errors.date.invalid"]);
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "nee", "wwEinddatum.dag": "x", "wwEinddatum.maand": "2", "wwEinddatum.jaar": "2027" })?.["wwEinddatum.dag"]).toEqual(["errors.date.invalid"]);
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "nee", ...parts(addDays(todayIso(), 900)) })?.wwEinddatum).toEqual(["errors.registration.wwEnd.outOfRange"]);
    expect(errors(SituationSchema, { situatie: "ww_eindigt", bijstandAanvragen: "nee", ...parts(addDays(todayIso(), 30)) })).toBeNull();
  });
  it("refuses values that are not options", () => {
    expect(errors(SituationSchema, { situatie: "<script>", bijstandAanvragen: "misschien" })).toEqual({
      situatie: ["errors.registration.situation.required"],
      bijstandAanvragen: ["errors.registration.bijstand.required"],
    });
  });
});

describe("work experience entry", () => {
  const thisMonth = todayIso().slice(0, 7);
  it("accepts a past job and a current job", () => {
    expect(errors(ExperienceEntrySchema, { beroep: "Schoonmaker", ...month("van", "2019-03-01"), ...month("tot", "2021-06-01") })).toBeNull();
    expect(errors(ExperienceEntrySchema, { beroep: "Kok", ...month("van", "2022-01-01"), huidig: "ja" })).toBeNull();
  });
  it("explains an end before the start, a start in the future and a missing end", () => {
    expect(errors(ExperienceEntrySchema, { beroep: "Kok", ...month("van", "2021-06-01"), ...month("tot", "2019-03-01") })?.tot).toEqual(["errors.registration.experience.endBeforeStart"]);
    expect(errors(ExperienceEntrySchema, { beroep: "Kok", ...month("van", `${Number(thisMonth.slice(0, 4)) + 1}-01-01`), huidig: "ja" })?.van).toEqual(["errors.registration.experience.startInFuture"]);
    expect(errors(ExperienceEntrySchema, { beroep: "Kok", ...month("van", "2021-06-01") })?.tot).toEqual(["errors.registration.experience.endRequired"]);
  });
  it("limits free text and keeps script tags as plain text", () => {
    expect(errors(ExperienceEntrySchema, { beroep: "a".repeat(101), ...month("van", "2020-01-01"), huidig: "ja" })?.beroep).toEqual(["errors.registration.experience.occupationTooLong"]);
    const formData = new FormData();
    formData.set("beroep", "<script>alert(1)</script>");
    formData.set("van.maand", "1");
    formData.set("van.jaar", "2020");
    formData.set("huidig", "ja");
    const result = parseWithZod(formData, { schema: ExperienceEntrySchema });
    expect(result.status === "success" && result.value.beroep).toBe("<script>alert(1)</script>");
  });
});

describe("wanted work", () => {
  const valid = { beroep1: "Kok", urenPerWeek: "24", dagen: ["ma", "di"], reisafstand: "10" };
  it("accepts a minimal answer", () => expect(errors(WantedWorkSchema, valid)).toBeNull());
  it("needs an occupation, whole hours from 1 to 60 and a day", () => {
    expect(errors(WantedWorkSchema, { ...valid, beroep1: "" })?.beroep1).toEqual(["errors.registration.occupation.required"]);
    expect(errors(WantedWorkSchema, { ...valid, urenPerWeek: "70" })?.urenPerWeek).toEqual(["errors.registration.hours.tooMany"]);
    expect(errors(WantedWorkSchema, { ...valid, urenPerWeek: "twee" })?.urenPerWeek).toEqual(["errors.registration.hours.invalid"]);
    expect(errors(WantedWorkSchema, { ...valid, urenPerWeek: "2.5" })?.urenPerWeek).toEqual(["errors.registration.hours.invalid"]);
    expect(errors(WantedWorkSchema, { ...valid, dagen: [] })?.dagen).toEqual(["errors.registration.days.required"]);
  });
  it("refuses options that do not exist", () => {
    expect(errors(WantedWorkSchema, { ...valid, rijbewijs: ["B", "Z"] })).not.toBeNull();
  });
});
