import type { StaffRole } from "./db-schema";
import type { Language } from "./i18n";

// What the root loader gives every page (shared by the server loader and the browser).
export type HelpContact = { name: string; phone: string; phoneDisplay: string };
export type Viewer =
  | { kind: "resident"; name: string }
  | { kind: "staff"; name: string; role: StaffRole; municipalityName: string };

/** The bar on every page of a help session; its texts are Dutch whatever the page language. */
export type AssistBar = { texts: { bar: string; end: string; summary: string; residentLanguage: string | null }; residentLanguage: Language | null };

export type RootData = {
  lang: Language;
  dir: "ltr" | "rtl";
  resources: Record<string, Record<string, unknown>>;
  viewer: Viewer | null;
  municipality: { slug: string; name: string } | null;
  help: HelpContact | null;
  idleMinutes: number;
  assist: AssistBar | null;
  // Null for a visitor without a session: nothing to protect, and no session row is made for them.
  csrfToken: string | null;
};
