// The eight steps of the registration, one topic per page, in order. Slugs are the Dutch URL
// segments (/mijn/inschrijven/<slug>); keys name the translations.
export const REGISTRATION_STEPS = [
  { slug: "over-u", key: "aboutYou" },
  { slug: "situatie", key: "situation" },
  { slug: "opleiding", key: "education" },
  { slug: "werkervaring", key: "experience" },
  { slug: "gewenst-werk", key: "wantedWork" },
  { slug: "talen", key: "languages" },
  { slug: "belemmeringen", key: "obstacles" },
  { slug: "toestemming", key: "consent" },
] as const;

export type RegistrationStepSlug = (typeof REGISTRATION_STEPS)[number]["slug"];

export function findStep(slug: string | undefined) {
  const index = REGISTRATION_STEPS.findIndex((step) => step.slug === slug);
  return index === -1 ? null : { ...REGISTRATION_STEPS[index]!, index, number: index + 1, total: REGISTRATION_STEPS.length };
}

export function nextStepSlug(slug: RegistrationStepSlug): RegistrationStepSlug | null {
  const index = REGISTRATION_STEPS.findIndex((step) => step.slug === slug);
  return REGISTRATION_STEPS[index + 1]?.slug ?? null;
}

export function previousStepSlug(slug: RegistrationStepSlug): RegistrationStepSlug | null {
  const index = REGISTRATION_STEPS.findIndex((step) => step.slug === slug);
  return index > 0 ? REGISTRATION_STEPS[index - 1]!.slug : null;
}
