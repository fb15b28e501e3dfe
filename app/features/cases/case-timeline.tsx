import { useTranslation } from "react-i18next";

export type TimelineEntry = { id: string; type: string; date: string; text: string | null };

/** A case's history, oldest first: what happened, when, and any message text. */
export function CaseTimeline({ events }: { events: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <ol className="meedoen-timeline">
      {events.map((e) => (
        <li key={e.id}>
          <span className="meedoen-timeline__date">{e.date}</span> {t(`cases.events.${e.type}`, { defaultValue: t("cases.events.other") })}
          {e.text ? <span className="meedoen-timeline__text">{e.text}</span> : null}
        </li>
      ))}
    </ol>
  );
}
