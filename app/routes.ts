import { index, prefix, route, type RouteConfig, type RouteConfigEntry } from "@react-router/dev/routes";

// Every URL is decided here. Pages exist once per language: Dutch without a prefix, the other
// languages under /en, /ar, /tr, /pl, /uk (static prefixes, so /en never collides with a
// municipality slug). Route ids get the language as suffix because ids must be unique.
const LANGUAGE_PREFIXES = ["en", "ar", "tr", "pl", "uk"];

function pages(lang?: string): RouteConfigEntry[] {
  const id = (name: string) => (lang ? `${name}.${lang}` : name);
  const entries = [
    index("routes/home.tsx", { id: id("home") }),
    route("inloggen", "routes/login.tsx", { id: id("login") }),
    route("uitloggen", "routes/logout.tsx", { id: id("logout") }),
    route("uitgelogd", "routes/logged-out.tsx", { id: id("logged-out") }),
    route("mijn", "routes/resident-home.tsx", { id: id("resident-home") }),
    route("mijn/contactgegevens", "routes/contact-details.tsx", { id: id("contact-details") }),
    route("mijn/inschrijven", "routes/registration/start.tsx", { id: id("registration-start") }),
    route("mijn/inschrijven/controleren", "routes/registration/review.tsx", { id: id("registration-review") }),
    route("mijn/inschrijven/bevestiging", "routes/registration/confirmation.tsx", { id: id("registration-confirmation") }),
    route("mijn/inschrijven/bewijs", "routes/registration/proof.tsx", { id: id("registration-proof") }),
    route("mijn/inschrijven/:step", "routes/registration/step.tsx", { id: id("registration-step") }),
    route("mijn/werkzoekende-profiel", "routes/registration/profile.tsx", { id: id("registration-profile") }),
    route("mijn/rechten-en-plichten", "routes/rights/resident.tsx", { id: id("resident-rights") }),
    route(":municipality/rechten-en-plichten", "routes/rights/public.tsx", { id: id("public-rights") }),
    route("mijn/zaken/:caseId", "routes/cases/resident-case.tsx", { id: id("resident-case") }),
    route("mijn/zaken/:caseId/documenten/:documentId", "routes/cases/resident-document.ts", { id: id("resident-document") }),
    route("mijn/zaken/:caseId/hoe-ging-het", "routes/cases/feedback.ts", { id: id("case-feedback") }),
    route("medewerker/zaken", "routes/cases/queue.tsx", { id: id("queue") }),
    route("medewerker/hulp", "routes/help-sessions/start.tsx", { id: id("help-start") }),
    route("mijn/hulp-samenvatting", "routes/help-sessions/summary.tsx", { id: id("help-summary") }),
    route("medewerker/cijfers", "routes/staff-figures.tsx", { id: id("staff-figures") }),
    route("medewerker/zaken/:caseId", "routes/cases/staff-case.tsx", { id: id("staff-case") }),
    route("medewerker/zaken/:caseId/documenten/:documentId", "routes/cases/staff-document.ts", { id: id("staff-document") }),
    route("medewerker", "routes/staff-home.tsx", { id: id("staff-home") }),
    route("medewerker/inloggen", "routes/staff-login.tsx", { id: id("staff-login") }),
    route("medewerker/instellingen", "routes/staff-settings.tsx", { id: id("staff-settings") }),
    route(":municipality", "routes/municipality-landing.tsx", { id: id("municipality-landing") }),
    route("*", "routes/not-found.tsx", { id: id("not-found") }),
  ];
  return lang ? prefix(lang, entries) : entries;
}

export default [
  // Not pages: no language prefix.
  route("healthz", "routes/healthz.ts"),
  route("readyz", "routes/readyz.ts"),
  route("thema/:file", "routes/theme-css.ts"),
  route("auth/callback", "routes/auth-callback.tsx"),
  route("sessie/verlengen", "routes/session-keepalive.ts"),
  route("medewerker/hulp/beeindigen", "routes/help-sessions/end.ts"),
  route("medewerker/cijfers.csv", "routes/staff-figures-csv.ts"),
  route("dev-idp/.well-known/openid-configuration", "routes/dev-idp/discovery.ts"),
  route("dev-idp/authorize", "routes/dev-idp/authorize.tsx"),
  route("dev-idp/token", "routes/dev-idp/token.ts"),
  route("dev-idp/jwks", "routes/dev-idp/jwks.ts"),
  route("dev-idp/logout", "routes/dev-idp/logout.ts"),
  ...LANGUAGE_PREFIXES.flatMap((lang) => pages(lang)),
  ...pages(),
] satisfies RouteConfig;
