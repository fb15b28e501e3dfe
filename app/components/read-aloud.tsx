/**
 * Reads a text aloud with the browser's own speech synthesis, in the page's language. The button
 * is sent hidden; public/read-aloud.js (loaded on every page, also those without React) shows it
 * where the browser can speak, so it never appears without JavaScript or without a voice.
 */
export function ReadAloud({ text, lang, label, stopLabel }: { text: string; lang: string; label: string; stopLabel: string }) {
  return (
    <button
      type="button"
      hidden
      className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action meedoen-read-aloud"
      aria-pressed="false"
      data-read-aloud={text}
      data-lang={lang}
      data-start-label={label}
      data-stop-label={stopLabel}
      suppressHydrationWarning
    >
      <span aria-hidden="true" data-icon="">
        ▶{" "}
      </span>
      <span data-label="">{label}</span>
    </button>
  );
}
