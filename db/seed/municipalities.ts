import type { MunicipalitySettingsInput } from "../../app/features/municipalities/schema";

// Demo municipalities. Contact details are illustrative, not the real desks. Colours are
// chosen per municipality and pass the WCAG contrast checks in the settings schema.
export const demoMunicipalities: Array<{ slug: string; name: string; settings: MunicipalitySettingsInput }> = [
  {
    slug: "lansingerland",
    name: "Lansingerland",
    settings: {
      theme: { brand: "#00594f", brandText: "#ffffff", link: "#00594f", accent: "#8cc63f" },
      servicepunt: {
        name: "Servicepunt Werk en Inkomen",
        streetAddress: "Raadhuisplein 1",
        postalCode: "2651 AA",
        locality: "Berkel en Rodenrijs",
        phone: "14010",
        phoneDisplay: "14 010",
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:00" }],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
      usesTegenprestatie: true,
    },
  },
  {
    slug: "gooise-meren",
    name: "Gooise Meren",
    settings: {
      theme: { brand: "#1b3a6b", brandText: "#ffffff", link: "#1b4f9c", accent: "#e6a100" },
      servicepunt: {
        name: "Werkplein Gooise Meren",
        streetAddress: "Brinklaan 35",
        postalCode: "1404 EW",
        locality: "Bussum",
        phone: "14035",
        phoneDisplay: "14 035",
        openingHours: [
          { days: ["mon", "tue", "wed", "thu"], opens: "09:00", closes: "17:00" },
          { days: ["fri"], opens: "09:00", closes: "12:30" },
        ],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
  {
    slug: "de-ronde-venen",
    name: "De Ronde Venen",
    settings: {
      theme: { brand: "#a6192e", brandText: "#ffffff", link: "#9c1a2c", accent: "#f2c500" },
      servicepunt: {
        name: "Servicepunt Werk, Inkomen en Zorg",
        streetAddress: "Croonstadtlaan 111",
        postalCode: "3641 AL",
        locality: "Mijdrecht",
        phone: "0297291616",
        phoneDisplay: "0297 29 16 16",
        openingHours: [
          { days: ["mon", "tue", "wed", "thu"], opens: "08:30", closes: "16:30" },
          { days: ["fri"], opens: "08:30", closes: "12:00" },
        ],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
  {
    // Nijkerk's visie op werk en participatie (seeds 001) — here mostly so journeys that change
    // a municipality's settings have one to themselves.
    slug: "nijkerk",
    name: "Nijkerk",
    settings: {
      theme: { brand: "#5c2d91", brandText: "#ffffff", link: "#5c2d91", accent: "#00a0d2" },
      servicepunt: {
        name: "Sociaal Plein Nijkerk",
        streetAddress: "Kolkstraat 27",
        postalCode: "3861 AK",
        locality: "Nijkerk",
        phone: "0332472111",
        phoneDisplay: "033 247 21 11",
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "16:30" }],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
  // The other municipalities whose uitstroompremie rules are seeded (domain.md:71-77,
  // app/features/premium/rule-sets/). Pijnacker-Nootdorp is also the municipality whose premium
  // rules the no-js journey changes (tests/e2e/premium.spec.ts).
  {
    slug: "hof-van-twente",
    name: "Hof van Twente",
    settings: {
      theme: { brand: "#00613a", brandText: "#ffffff", link: "#00613a", accent: "#f39200" },
      servicepunt: {
        name: "Loket Werk en Inkomen",
        streetAddress: "Marktstraat 25",
        postalCode: "7471 CK",
        locality: "Goor",
        phone: "14074",
        phoneDisplay: "14 074",
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "16:30" }],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
  {
    slug: "den-helder",
    name: "Den Helder",
    settings: {
      theme: { brand: "#004b87", brandText: "#ffffff", link: "#004b87", accent: "#ffcc00" },
      servicepunt: {
        name: "Werkplein Den Helder",
        streetAddress: "Drs. F. Bijlweg 20",
        postalCode: "1784 MC",
        locality: "Den Helder",
        phone: "140223",
        phoneDisplay: "14 0223",
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "16:00" }],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
  {
    slug: "pijnacker-nootdorp",
    name: "Pijnacker-Nootdorp",
    settings: {
      theme: { brand: "#7a1f5c", brandText: "#ffffff", link: "#7a1f5c", accent: "#8dc63f" },
      servicepunt: {
        name: "Werkplein Pijnacker-Nootdorp",
        streetAddress: "Oranjeplein 1",
        postalCode: "2641 EZ",
        locality: "Pijnacker",
        phone: "14015",
        phoneDisplay: "14 015",
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:30", closes: "17:00" }],
      },
      searchPeriod: { appliesTo: "under27", weeks: 4 },
      decisionTermWeeks: 8,
    },
  },
];
