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
    route("mijn/uitstroompremie", "routes/premium/start.tsx", { id: id("premium-start") }),
    route("mijn/uitstroompremie/vragen", "routes/premium/check.tsx", { id: id("premium-check") }),
    route("mijn/uitstroompremie/uitkomst", "routes/premium/result.tsx", { id: id("premium-result") }),
    route("mijn/uitstroompremie/werk", "routes/premium/work.tsx", { id: id("premium-work") }),
    route("mijn/uitstroompremie/bewijs", "routes/premium/evidence.tsx", { id: id("premium-evidence") }),
    route("mijn/uitstroompremie/rekening", "routes/premium/account.tsx", { id: id("premium-account") }),
    route("mijn/uitstroompremie/controleren", "routes/premium/review.tsx", { id: id("premium-review") }),
    route("mijn/uitstroompremie/bevestiging", "routes/premium/confirmation.tsx", { id: id("premium-confirmation") }),
    route("medewerker/instellingen/uitstroompremie", "routes/premium/staff-rules.tsx", { id: id("premium-staff-rules") }),
    route(":municipality/rechten-en-plichten", "routes/rights/public.tsx", { id: id("public-rights") }),
    route("toegankelijkheid", "routes/accessibility-statement.tsx", { id: id("accessibility-statement") }),
    route("mijn/wijziging", "routes/changes/start.tsx", { id: id("change-start") }),
    route("mijn/wijziging/controleren", "routes/changes/review.tsx", { id: id("change-review") }),
    route("mijn/wijziging/verstuurd/:caseId", "routes/changes/confirmation.tsx", { id: id("change-confirmation") }),
    route("mijn/wijziging/verbeteren/:caseId", "routes/changes/start.tsx", { id: id("change-correction-start") }),
    route("mijn/wijziging/verbeteren/:caseId/controleren", "routes/changes/review.tsx", { id: id("change-correction-review") }),
    route("mijn/wijziging/verbeteren/:caseId/:topic", "routes/changes/topic.tsx", { id: id("change-correction-topic") }),
    route("mijn/wijziging/:topic", "routes/changes/topic.tsx", { id: id("change-topic") }),
    route("mijn/controle", "routes/periodic-check/start.tsx", { id: id("check-start") }),
    route("mijn/controle/controleren", "routes/periodic-check/review.tsx", { id: id("check-review") }),
    route("mijn/controle/bedankt", "routes/periodic-check/thanks.tsx", { id: id("check-thanks") }),
    route("mijn/controle/:topic", "routes/periodic-check/topic.tsx", { id: id("check-topic") }),
    route("mijn/controle/:topic/wijziging", "routes/changes/topic.tsx", { id: id("check-change-topic") }),
    route("medewerker/controle", "routes/periodic-check/staff-rounds.tsx", { id: id("check-rounds") }),
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
    route("medewerker/tweestapsverificatie", "routes/staff-two-factor/verify.tsx", { id: id("staff-two-factor-verify") }),
    route("medewerker/tweestapsverificatie/instellen", "routes/staff-two-factor/enrol.tsx", { id: id("staff-two-factor-enrol") }),
    route("medewerker/instellingen/tweestapsverificatie", "routes/staff-two-factor/admin.tsx", { id: id("staff-two-factor-admin") }),
    route(":municipality", "routes/municipality-landing.tsx", { id: id("municipality-landing") }),
    route("*", "routes/not-found.tsx", { id: id("not-found") }),
  ];
  return lang ? prefix(lang, entries) : entries;
}

export default [
  // Not pages: no language prefix.
  route("healthz", "routes/healthz.ts"),
  route(".well-known/security.txt", "routes/security-txt.ts"),
  route("mijn/gegevens.json", "routes/data-export.ts"),
  route("readyz", "routes/readyz.ts"),
  route("thema/:file", "routes/theme-css.ts"),
  route("auth/callback", "routes/auth-callback.tsx"),
  route("sessie/verlengen", "routes/session-keepalive.ts"),
  route("medewerker/hulp/beeindigen", "routes/help-sessions/end.ts"),
  route("medewerker/cijfers.csv", "routes/staff-figures-csv.ts"),
  route("dev/outbox", "routes/periodic-check/dev-outbox.tsx"),
  route("dev-idp/.well-known/openid-configuration", "routes/dev-idp/discovery.ts"),
  route("dev-idp/authorize", "routes/dev-idp/authorize.tsx"),
  route("dev-idp/token", "routes/dev-idp/token.ts"),
  route("dev-idp/jwks", "routes/dev-idp/jwks.ts"),
  route("dev-idp/logout", "routes/dev-idp/logout.ts"),
  ...LANGUAGE_PREFIXES.flatMap((lang) => pages(lang)),
  ...pages(),
] satisfies RouteConfig;
