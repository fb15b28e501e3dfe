import { z } from "zod";
import { BenefitTypeSchema, IsoDateSchema, WorkTypeSchema } from "./rule-set";

/**
 * What the evaluation knows about one resident: their answers, filled in with what the
 * municipality already knows. Every fact is optional, because the check must work with what
 * the resident can tell; a missing fact makes the conditions that need it "unknown", never "not met".
 */
export const PremiumFactsSchema = z
  .strictObject({
    benefitType: BenefitTypeSchema.optional(),
    benefitStart: IsoDateSchema.optional(), // first day of the benefit
    benefitEnd: IsoDateSchema.optional(), // last day a benefit was paid (Gooise Meren counts age on it)
    benefitContinuous: z.boolean().optional(),
    // Full: the benefit stopped. Partial: work brought the benefit down but a top-up remains.
    // When absent, a known benefitEnd counts as a full exit.
    exitType: z.enum(["full", "partial"]).optional(),
    workStart: IsoDateSchema.optional(), // first day of the current, uninterrupted work
    workType: WorkTypeSchema.optional(),
    hoursPerWeek: z.number().min(0).max(100).optional(),
    contractEndsOn: IsoDateSchema.nullable().optional(), // null: no end date (permanent contract)
    employerSubsidy: z.boolean().optional(), // loonkostensubsidie or werkgeverscheque
    birthDate: IsoDateSchema.optional(),
    livesInMunicipality: z.boolean().optional(),
    lastPremiumGrantedOn: IsoDateSchema.nullable().optional(), // null: never received one
    jobReportedOn: IsoDateSchema.optional(),
  })
  .superRefine((facts, ctx) => {
    const mustNotPrecede = (later: keyof typeof facts, earlier: keyof typeof facts, message: string) => {
      const laterDate = facts[later];
      const earlierDate = facts[earlier];
      if (typeof laterDate === "string" && typeof earlierDate === "string" && laterDate < earlierDate) {
        ctx.addIssue({ code: "custom", message, path: [later] });
      }
    };
    mustNotPrecede("benefitEnd", "benefitStart", "The benefit cannot end before it started.");
    mustNotPrecede("contractEndsOn", "workStart", "The contract cannot end before the work started.");
    mustNotPrecede("benefitStart", "birthDate", "The benefit cannot start before the birth date.");
    mustNotPrecede("workStart", "birthDate", "Work cannot start before the birth date.");
  });

export type PremiumFacts = z.infer<typeof PremiumFactsSchema>;
