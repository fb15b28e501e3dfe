/**
 * What a resident can report (inlichtingenplicht, seeds 001:109), one topic per page. Each
 * topic asks only what a klantmanager needs to act on it: usually a date, sometimes an amount
 * or a name, and a document where one is usual (payslip, contract, rental agreement).
 * Slugs are the Dutch URL segments (/mijn/wijziging/<slug>); keys name the translations in
 * locales/<lang>/changes.json under topics.<key>.
 */

export type DateBounds = "change" | "return";

export type FieldSpec =
  | { name: string; type: "choice"; options: readonly [string, ...string[]] }
  | { name: string; type: "date"; required: boolean; bounds: DateBounds }
  | { name: string; type: "text"; required: boolean; max: number; autoComplete?: "postal-code" | "address-line1" | "address-level2" }
  | { name: string; type: "amount"; required: boolean }
  | { name: string; type: "hours"; required: boolean }
  | { name: string; type: "textarea"; required: boolean; max: number };

export type TopicSpec = {
  slug: string;
  key: string;
  fields: FieldSpec[];
  /** A document is usual for this topic: the page offers an upload (never required). */
  upload: boolean;
};

const note = (required = false): FieldSpec => ({ name: "toelichting", type: "textarea", required, max: 1000 });
const date = (name = "datum", required = true, bounds: DateBounds = "change"): FieldSpec => ({ name, type: "date", required, bounds });

export const CHANGE_TOPICS = [
  {
    slug: "werk",
    key: "work",
    fields: [
      { name: "soort", type: "choice", options: ["nieuw_werk", "meer_uren", "minder_uren", "gestopt", "loonstrook"] },
      date(),
      { name: "werkgever", type: "text", required: false, max: 100 },
      { name: "uren", type: "hours", required: false },
      { name: "bedrag", type: "amount", required: false },
      note(),
    ],
    upload: true,
  },
  {
    slug: "huishouden",
    key: "household",
    fields: [
      { name: "soort", type: "choice", options: ["komt_wonen", "gaat_weg", "partner_samen", "partner_uit_elkaar"] },
      date(),
      { name: "wie", type: "text", required: true, max: 100 },
      note(),
    ],
    upload: false,
  },
  {
    slug: "kinderen",
    key: "children",
    fields: [{ name: "soort", type: "choice", options: ["geboren", "komt_wonen", "gaat_weg"] }, date(), { name: "wie", type: "text", required: true, max: 100 }, note()],
    upload: false,
  },
  {
    slug: "verhuizen",
    key: "moving",
    fields: [
      date(),
      { name: "adres", type: "text", required: true, max: 120, autoComplete: "address-line1" },
      { name: "postcode", type: "text", required: true, max: 10, autoComplete: "postal-code" },
      { name: "plaats", type: "text", required: true, max: 80, autoComplete: "address-level2" },
      { name: "bedrag", type: "amount", required: false },
      note(),
    ],
    upload: true,
  },
  {
    slug: "geld",
    key: "money",
    fields: [{ name: "soort", type: "choice", options: ["spaargeld", "erfenis", "gift", "auto", "anders"] }, date(), { name: "bedrag", type: "amount", required: true }, note()],
    upload: true,
  },
  {
    slug: "studie",
    key: "study",
    fields: [{ name: "soort", type: "choice", options: ["begint", "stopt"] }, date(), { name: "opleiding", type: "text", required: false, max: 100 }, note()],
    upload: false,
  },
  {
    slug: "buitenland",
    key: "abroad",
    fields: [date("datum"), date("terug", false, "return"), { name: "land", type: "text", required: true, max: 60 }, note()],
    upload: false,
  },
  { slug: "gezondheid", key: "health", fields: [date(), note(true)], upload: false },
  { slug: "detentie", key: "detention", fields: [date(), date("einde", false, "return"), note()], upload: false },
  {
    slug: "uitkering",
    key: "otherBenefit",
    fields: [{ name: "soort", type: "choice", options: ["ww", "ziektewet", "wia", "aow", "toeslag", "anders"] }, date(), { name: "bedrag", type: "amount", required: false }, note()],
    upload: true,
  },
  { slug: "anders", key: "other", fields: [date("datum", false), note(true)], upload: true },
] as const satisfies readonly TopicSpec[];

export type ChangeTopicSlug = (typeof CHANGE_TOPICS)[number]["slug"];
export const CHANGE_TOPIC_SLUGS = CHANGE_TOPICS.map((t) => t.slug) as [ChangeTopicSlug, ...ChangeTopicSlug[]];

export function findTopic(slug: string | undefined): TopicSpec | null {
  return (CHANGE_TOPICS as readonly TopicSpec[]).find((t) => t.slug === slug) ?? null;
}

export function isTopicSlug(value: unknown): value is ChangeTopicSlug {
  return typeof value === "string" && (CHANGE_TOPIC_SLUGS as readonly string[]).includes(value);
}

/** Topics in the fixed order of the list, whatever order they were ticked in. */
export function sortTopics(slugs: readonly string[]): ChangeTopicSlug[] {
  return CHANGE_TOPIC_SLUGS.filter((slug) => slugs.includes(slug));
}

/** Work and income: the page explains what usually happens next (an indication, not a decision). */
export const WORK_TOPIC: ChangeTopicSlug = "werk";
