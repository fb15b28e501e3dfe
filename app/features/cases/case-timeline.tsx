import { useTranslation } from "react-i18next";

export type TimelineEntry = { id: string; type: string; date: string; text: string | null; internal?: boolean; actor?: string | null; assigneeName?: string | null };

/**
 * A case's history, oldest first: what happened, when, and any message text. Residents read
 * it as "you" and "your klantmanager"; staff read who did what, and see internal notes marked.
 */
export function CaseTimeline({ events, perspective = "resident" }: { events: TimelineEntry[]; perspective?: "resident" | "staff" }) {
  const { t } = useTranslation();
  const prefix = perspective === "staff" ? "staffCase.events" : "cases.events";
  return (
    <ol className="meedoen-timeline">
      {events.map((e) => (
        <li key={e.id}>
          <span className="meedoen-timeline__date">{e.date}</span>{" "}
          {t(`${prefix}.${e.type}`, { defaultValue: t(`${prefix}.other`), actor: actorName(t, e.actor), assignee: e.assigneeName ?? "" })}
          {perspective === "staff" && e.internal ? <strong className="meedoen-timeline__internal"> {t("staffCase.internal")}</strong> : null}
          {e.text ? <span className="meedoen-timeline__text">{e.text}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function actorName(t: (key: string) => string, actor: string | null | undefined): string {
  if (actor === "resident") return t("staffCase.actors.resident");
  if (actor === "system" || !actor) return t("staffCase.actors.system");
  return actor;
}
