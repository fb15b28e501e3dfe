import { useEffect, useState } from "react";

/** A print button only where JavaScript runs; without it the page text says how to print. */
export function PrintButton({ label }: { label: string }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return null;
  return (
    <p className="meedoen-no-print">
      <button type="button" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}
