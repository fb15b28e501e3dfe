import { useTranslation } from "react-i18next";
import { Link } from "~/components/nlds";
import { usePageLanguage } from "~/lib/use-page-language";
import type { loadQueuePage } from "./queue-page.server";

type QueueCase = Awaited<ReturnType<typeof loadQueuePage>>["cases"][number];

/**
 * The queue as a table: one row per case, soonest deadline first. On a narrow screen the
 * table scrolls sideways inside a focusable region instead of breaking the page.
 */
export function QueueTable({ cases }: { cases: QueueCase[] }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <div className="meedoen-table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="meedoen-table">
        <caption id="queue-caption">{t("queue.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("queue.columns.case")}</th>
            <th scope="col">{t("queue.columns.resident")}</th>
            <th scope="col">{t("queue.columns.status")}</th>
            <th scope="col">{t("queue.columns.deadline")}</th>
            <th scope="col">{t("queue.columns.assignee")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={href(`/medewerker/zaken/${c.id}`)}>
                  <span dir="ltr">{c.reference}</span>
                </Link>
                <br />
                {t(`queue.types.${c.type}`)}
                {c.tags.length ? <span className="meedoen-tags"> · {c.tags.map((tag) => t(`queue.tags.${tag}`)).join(", ")}</span> : null}
              </td>
              <td>{c.resident}</td>
              <td>{t(`queue.statuses.${c.status}`)}</td>
              <td>
                {c.deadline}
                {c.overdue ? <strong className="meedoen-overdue"> {t("queue.overdue")}</strong> : null}
              </td>
              <td>{c.assignee === "me" ? t("queue.me") : (c.assignee ?? t("queue.unassigned"))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
