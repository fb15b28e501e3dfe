/**
 * A print button, hidden until public/page-enhancements.js finds the browser can print; without
 * JavaScript the page text says how to print.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <p className="meedoen-no-print" data-print-button hidden>
      <button type="button" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
        {label}
      </button>
    </p>
  );
}
