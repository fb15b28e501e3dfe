import { z } from "zod";
import { isValidBsn } from "~/lib/bsn";
import { DatePartsSchema } from "~/lib/date-schema";

export const ID_DOCUMENT_KINDS = ["paspoort", "identiteitskaart", "rijbewijs", "verblijfsdocument"] as const;

/**
 * Starting a help session: who the resident is (BSN and date of birth must both match), that an
 * ID document was checked and which, and the resident's consent to being helped.
 */
export const StartHelpSessionSchema = z.object({
  bsn: z
    .string({ error: "errors.help.bsnRequired" })
    .transform((value) => value.replace(/[\s.]/g, ""))
    .pipe(z.string().min(1, "errors.help.bsnRequired").refine((value) => /^\d{8,9}$/.test(value) && isValidBsn(value.padStart(9, "0")), "errors.help.bsnInvalid")),
  geboortedatum: DatePartsSchema,
  idSoort: z.enum(ID_DOCUMENT_KINDS, { error: "errors.help.idKindRequired" }),
  idGecontroleerd: z.literal("ja", { error: "errors.help.idChecked" }),
  toestemming: z.literal("ja", { error: "errors.help.consent" }),
});

/** On check-your-answers in a help session: the resident confirms, not the employee. */
export const ResidentConfirmsSchema = z.object({
  inwonerBevestigt: z.literal("ja", { error: "errors.help.residentConfirms" }),
});

/** A form's declaration schema, with the resident's own confirmation added in a help session. */
export function withResidentConfirmation<Shape extends z.ZodRawShape>(declaration: z.ZodObject<Shape>, assisted: boolean) {
  return assisted ? declaration.extend(ResidentConfirmsSchema.shape) : declaration.extend({ inwonerBevestigt: z.string().optional() });
}
