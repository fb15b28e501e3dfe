import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export type ErrorSummaryItem = { targetId: string; errors: string[] | undefined };

/**
 * The list of problems at the top of a form, each a link to its field. It takes focus when
 * it appears, so keyboard and screen reader users start where the problems are.
 */
export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.filter((item) => item.errors?.length);
  const signature = shown.map((item) => `${item.targetId}:${item.errors?.join(",")}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (!shown.length) return null;
  return (
    <div className="meedoen-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 className="utrecht-heading-2" id="error-summary-title">
        {t("errors.summaryTitle")}
      </h2>
      <ul className="utrecht-unordered-list">
        {shown.map((item) => (
          <li className="utrecht-unordered-list__item" key={item.targetId}>
            <a className="utrecht-link" href={`#${item.targetId}`}>
              {item.errors!.map((key) => t(key)).join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
