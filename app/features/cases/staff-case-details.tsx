import { useTranslation } from "react-i18next";
import { Heading2, Link, Paragraph } from "~/components/nlds";
import { SummaryList } from "~/components/summary-list";
import { StaffPremiumDetails } from "~/features/premium/staff-premium-details";
import { ChangeCaseSection } from "~/features/changes/case-section";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { usePageLanguage } from "~/lib/use-page-language";
import type { StaffCasePageData } from "./staff-case-page.server";
import { StaffCaseLinks } from "./staff-case-links";

/** What the klantmanager reads on a case: the resident, the submission, files, earlier cases. */
export function StaffCaseDetails({ page }: { page: StaffCasePageData }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const { resident } = page;
  return (
    <>
      <Heading2>{t("staffCase.residentTitle")}</Heading2>
      <SummaryList
        rows={[
          { label: t("staffCase.resident"), value: resident.name },
          { label: t("staffCase.birthDate"), value: resident.birthDate ?? "–" },
          { label: t("staffCase.address"), value: resident.address ?? "–" },
          { label: t("staffCase.email"), value: resident.email ?? "–", dir: "ltr" },
          { label: t("staffCase.mobile"), value: resident.mobile ?? "–", dir: "ltr" },
          { label: t("staffCase.preferredLanguage"), value: resident.language ? t(`staffCase.languages.${resident.language}`) : "–" },
        ]}
      />
      {page.registration ? (
        <>
          <Heading2>{t("cases.submission")}</Heading2>
          <ProfileSummary partial={page.registration.partial} occupationNames={page.registration.occupationNames} experiencePeriods={page.registration.experiencePeriods} wwEndDate={page.registration.wwEndDate} />
        </>
      ) : null}
      {page.premium ? <StaffPremiumDetails premium={page.premium} caseId={page.id} /> : null}
      {page.changes ? <ChangeCaseSection view={page.changes} caseId={page.id} perspective="staff" /> : null}
      <Heading2>{t("cases.documents")}</Heading2>
      {page.documents.length === 0 ? <Paragraph>{t("cases.noDocuments")}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {page.documents.map((d) => (
          <li className="utrecht-unordered-list__item" key={d.id}>
            <Link to={href(`/medewerker/zaken/${page.id}/documenten/${d.id}`)} reloadDocument>
              <span dir="auto">{d.name}</span>
            </Link>{" "}
            ({d.sizeKb} kB, {d.date})
          </li>
        ))}
      </ul>
      <Heading2>{t("staffCase.earlierCases")}</Heading2>
      {page.earlierCases.length === 0 ? <Paragraph>{t("staffCase.noEarlierCases")}</Paragraph> : null}
      <StaffCaseLinks cases={page.earlierCases} />
      <Heading2>{t("staffCase.acknowledgementsTitle")}</Heading2>
      {page.acknowledgements.length === 0 ? <Paragraph>{t("staffCase.noAcknowledgements")}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {page.acknowledgements.map((a) => (
          <li className="utrecht-unordered-list__item" key={`${a.date}-${a.version}`}>
            {t("staffCase.acknowledgement", { date: a.date, version: a.version, language: a.language })}
          </li>
        ))}
      </ul>
    </>
  );
}
