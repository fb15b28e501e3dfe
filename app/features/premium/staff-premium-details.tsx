import { useTranslation } from "react-i18next";
import { Alert, Heading2, Link, Paragraph } from "~/components/nlds";
import { SummaryList } from "~/components/summary-list";
import { usePageLanguage } from "~/lib/use-page-language";
import { ConditionList, OutcomeSummary } from "./premium-view";
import type { PremiumCaseView } from "./staff-case.server";

/**
 * The uitstroompremie part of the klantmanager's case page: the budget first (a warning must
 * be seen before deciding), then the evaluation the resident saw, next to the evidence.
 */
export function StaffPremiumDetails({ premium, caseId }: { premium: PremiumCaseView; caseId: string }) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  const { budget } = premium;
  return (
    <section aria-labelledby="premium-case-title">
      <Heading2 id="premium-case-title">{t("staff.title")}</Heading2>
      <h3 className="utrecht-heading-3">{t("staff.budgetTitle", { year: budget.year })}</h3>
      <SummaryList
        rows={[
          { label: t("staff.budgetTotal"), value: budget.total ?? t("staff.noBudget") },
          { label: t("staff.budgetCommitted"), value: budget.committed },
          ...(budget.left ? [{ label: t("staff.budgetLeft"), value: budget.left }] : []),
          { label: t("staff.thisCase"), value: budget.thisCase ?? t("staff.noAmount") },
        ]}
      />
      {budget.exceeded ? (
        <Alert type="warning" role="status">
          {budget.alreadyCounted ? t("staff.budgetExceeded") : t("staff.budgetWouldExceed")}
        </Alert>
      ) : null}
      <h3 className="utrecht-heading-3">{t("staff.evaluationTitle")}</h3>
      <Paragraph>{t("staff.evaluationIntro", { date: premium.evaluatedOn, version: String(premium.ruleSetVersion) })}</Paragraph>
      {premium.currentVersion !== null && premium.currentVersion !== premium.ruleSetVersion ? (
        <Paragraph>{t("staff.newerVersion", { version: String(premium.currentVersion) })}</Paragraph>
      ) : null}
      {premium.windowClosedAcknowledged ? <Alert type="warning">{t("staff.windowClosedAcknowledged")}</Alert> : null}
      <OutcomeSummary view={premium.view} />
      <ConditionList conditions={premium.view.conditions} headingLevel={4} />
      <h3 className="utrecht-heading-3">{t("staff.evidenceTitle")}</h3>
      <SummaryList
        rows={premium.evidence.map((item) => ({
          key: item.key,
          label: t(`evidence.items.${item.kind}.label`, { months: String(item.months ?? ""), key: item.key.replace(/^other_/, "") }),
          value: item.documents.length ? (
            <ul className="utrecht-unordered-list">
              {item.documents.map((doc) => (
                <li className="utrecht-unordered-list__item" key={doc.id}>
                  <Link to={href(`/medewerker/zaken/${caseId}/documenten/${doc.id}`)} reloadDocument>
                    <span dir="auto">{doc.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t("evidence.none")
          ),
        }))}
      />
      <h3 className="utrecht-heading-3">{t("staff.detailsTitle")}</h3>
      <SummaryList
        rows={[
          { label: t("staff.employer"), value: <span dir="auto">{premium.work.employer}</span> },
          { label: t("staff.jobTitle"), value: <span dir="auto">{premium.work.jobTitle}</span> },
          { label: t("account.iban"), value: premium.payment.iban, dir: "ltr" },
          { label: t("account.holder"), value: <span dir="auto">{premium.payment.accountHolder}</span> },
        ]}
      />
    </section>
  );
}
