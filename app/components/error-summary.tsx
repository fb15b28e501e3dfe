import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export type ErrorSummaryItem = { targetId: string; errors: string[] | undefined };

/**
 * The list of problems at the top of a form, each a link to its field. It takes focus after
 * every submit that leaves problems (checked in the browser or returned by the server), so
 * keyboard and screen reader users start where the problems are. It does not take focus when
 * the problems change while the person types (the form checks again on input): that would
 * pull the cursor out of the field in the middle of a word (WCAG 3.2.2).
 */
export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.filter((item) => item.errors?.length);
  const signature = shown.map((item) => `${item.targetId}:${item.errors?.join(",")}`).join("|");
  // Problems already in the page when it loads come from a submit too (the server's answer).
  const [submits, setSubmits] = useState(() => (shown.length ? 1 : 0));
  const focusedForSubmit = useRef(0);
  const targetIds = useRef<string[]>([]);
  targetIds.current = items.map((item) => item.targetId);

  useEffect(() => {
    // Count submits of the form these fields belong to, whether or not it is sent. Conform
    // checks a field while it is typed in by submitting the form with its own "__intent__"
    // button; those are not the person's submits.
    const onSubmit = (event: SubmitEvent) => {
      if ((event.submitter as HTMLButtonElement | null)?.name === "__intent__") return;
      const belongs = targetIds.current.some((id) => {
        const field = document.getElementById(id) as HTMLInputElement | null;
        return field?.form === event.target;
      });
      // After the form's own submit handler, which moves focus to the first invalid field.
      if (belongs) window.setTimeout(() => setSubmits((count) => count + 1), 0);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);

  useEffect(() => {
    if (signature && submits > focusedForSubmit.current) {
      focusedForSubmit.current = submits;
      ref.current?.focus();
    }
  }, [signature, submits]);

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
