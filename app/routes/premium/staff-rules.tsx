import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/staff-rules";
import { Alert, Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { explainRuleSet } from "~/features/premium/explain.server";
import { RuleList } from "~/features/premium/premium-view";
import { applyRulesForm, fieldOfIssue, rulesFormDefaults, RulesFormSchema } from "~/features/premium/rules-form";
import { RulesEditForm } from "~/features/premium/rules-edit-form";
import { getCurrentRuleSet, listRuleSetVersions, saveRuleSetVersion } from "~/features/premium/rule-sets.server";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { requireStaff } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";

// A beheerder reads the municipality's premium rules in plain words and changes the amounts,
// months, window and budget. Saving makes a new version; cases keep the version they used.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const { current, versions, municipality } = await withMunicipalityScope(state.services.db, staff.municipality_id, async (db) => ({
    current: await getCurrentRuleSet(db, staff.municipality_id),
    versions: await listRuleSetVersions(db, staff.municipality_id),
    municipality: await getMunicipalityById(db, staff.municipality_id),
  }));
  const notice = state.session.get("notice");
  return {
    translations: getNamespaces(state.lang, ["premium"]),
    municipality: municipality?.name ?? "",
    current: current
      ? {
          version: current.version,
          lines: explainRuleSet(current.rules, state.lang),
          tiers: current.rules.tiers.map((tier) => ({ key: tier.key, exit: tier.exit, hours: tier.minimumHoursPerWeek ?? null, reduced: current.rules.exclusions.employerSubsidy.effect === "reduced" && current.rules.exclusions.employerSubsidy.tier === tier.key })),
          bands: current.rules.benefit.minimumDurationByAge.map((band) => band.fromAge),
          defaults: rulesFormDefaults(current.rules, current.version),
        }
      : null,
    versions: versions.map((v) => ({ version: v.version, date: formatDate(v.created_at, state.lang), by: v.staff_name })),
    saved: typeof notice === "string" && notice.startsWith("premium-rules-saved-") ? notice.slice("premium-rules-saved-".length) : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const submission = parseWithZod(await readFormData(request), { schema: RulesFormSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const form = submission.value;
  const result = await withMunicipalityScope(state.services.db, staff.municipality_id, async (db) => {
    const current = await getCurrentRuleSet(db, staff.municipality_id);
    if (!current) return null;
    const rules = applyRulesForm(current.rules, form);
    if (!rules) return { outcome: "conflict" as const, currentVersion: current.version };
    return saveRuleSetVersion(db, staff, { basedOn: form.basisversie, rules });
  });
  if (!result) throw new Response("Not Found", { status: 404 });
  if (result.outcome === "conflict") return data({ reply: submission.reply({ formErrors: ["errors.premium.rules.conflict"] }) }, { status: 409 });
  if (result.outcome === "invalid") {
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    for (const issue of result.issues) {
      const field = fieldOfIssue(issue.path);
      if (field) fieldErrors[field] = [field === "sluitMaanden" ? "errors.premium.rules.windowOrder" : "errors.premium.rules.invalid"];
      else if (!formErrors.length) formErrors.push("errors.premium.rules.invalid");
    }
    return data({ reply: submission.reply({ fieldErrors, formErrors }) }, { status: 400 });
  }
  state.session.flash("notice", `premium-rules-saved-${result.version}`);
  return redirect(localizePath(state.lang, "/medewerker/instellingen/uitstroompremie"));
}

export default function StaffPremiumRules({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  const hasErrors = Boolean(actionData?.reply.error && Object.keys(actionData.reply.error).length);
  return (
    <>
      <PageTitle title={t("admin.title")} hasErrors={hasErrors} />
      <Paragraph>
        <Link to={href("/medewerker/instellingen")}>{t("admin.back")}</Link>
      </Paragraph>
      <Heading1>{t("admin.title")}</Heading1>
      {d.saved ? (
        <Alert type="ok" role="status">
          {t("admin.saved", { version: d.saved })}
        </Alert>
      ) : null}
      {!d.current ? (
        <Paragraph>{t("admin.none", { municipality: d.municipality })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("admin.intro", { municipality: d.municipality })}</Paragraph>
          <Heading2>{t("admin.currentTitle", { version: String(d.current.version) })}</Heading2>
          <RuleList lines={d.current.lines} />
          <Heading2>{t("admin.editTitle")}</Heading2>
          <Paragraph>{t("admin.editIntro")}</Paragraph>
          <RulesEditForm key={d.current.version} current={d.current} lastResult={actionData?.reply} />
          <Heading2>{t("admin.historyTitle")}</Heading2>
          <ul className="utrecht-unordered-list">
            {d.versions.map((v) => (
              <li className="utrecht-unordered-list__item" key={v.version}>
                {v.by ? t("admin.historyItem", { version: String(v.version), date: v.date, name: v.by }) : t("admin.historySeed", { version: String(v.version), date: v.date })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
