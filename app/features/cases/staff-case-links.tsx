import { useTranslation } from "react-i18next";
import { Link } from "~/components/nlds";
import type { CaseStatus, CaseType } from "~/lib/db-schema";
import { usePageLanguage } from "~/lib/use-page-language";

export type StaffCaseLink = { id: string; reference: string; type: CaseType; status: CaseStatus; submittedOn: string };

/** A short list of cases for staff (a resident's other cases, BSN search results), each a link. */
export function StaffCaseLinks({ cases }: { cases: StaffCaseLink[] }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <ul className="utrecht-unordered-list">
      {cases.map((c) => (
        <li className="utrecht-unordered-list__item" key={c.id}>
          <Link to={href(`/medewerker/zaken/${c.id}`)}>
            {t(`queue.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
          </Link>{" "}
          — {t(`queue.statuses.${c.status}`)}, {c.submittedOn}
        </li>
      ))}
    </ul>
  );
}
