import { useTranslation } from "react-i18next";
import type { MunicipalitySettings } from "./schema";

// Day names come from the locale files rather than Intl: Node's and a phone browser's Intl
// data can differ, and the server and browser render must match exactly.
export function OpeningHours({ hours }: { hours: MunicipalitySettings["servicepunt"]["openingHours"] }) {
  const { t } = useTranslation();
  return (
    <dl className="meedoen-opening-hours">
      {hours.map((slot) => {
        const first = slot.days[0]!;
        const last = slot.days[slot.days.length - 1]!;
        const days = slot.days.length > 1 ? t("weekdays.range", { from: t(`weekdays.${first}`), to: t(`weekdays.${last}`) }) : t(`weekdays.${first}`);
        return (
          <div key={slot.days.join()}>
            <dt>{days}</dt>
            <dd dir="ltr">
              {slot.opens} – {slot.closes}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
