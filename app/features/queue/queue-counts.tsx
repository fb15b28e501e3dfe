import { useTranslation } from "react-i18next";
import { Link } from "~/components/nlds";
import { OPEN_STATUSES } from "~/features/cases/case-kinds";
import type { countOpenCases } from "./queue.server";

/** Open cases per status and the overdue ones, each a link to that view of the queue. */
export function QueueCounts({ counts }: { counts: Awaited<ReturnType<typeof countOpenCases>> }) {
  const { t } = useTranslation();
  return (
    <ul className="meedoen-counts" aria-label={t("queue.countsLabel")}>
      {OPEN_STATUSES.map((status) => (
        <li key={status}>
          <Link to={`?status=${status}`}>
            <span className="meedoen-counts__number">{counts.byStatus[status]}</span> {t(`queue.statuses.${status}`)}
          </Link>
        </li>
      ))}
      <li>
        <Link to="?termijn=te-laat">
          <span className="meedoen-counts__number">{counts.overdue}</span> {t("queue.overdue")}
        </Link>
      </li>
    </ul>
  );
}
