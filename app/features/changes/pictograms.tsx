import type { ReactNode } from "react";

// Simple line pictograms beside each topic's words. They help residents who read little Dutch
// find their topic, but they are decoration to a screen reader (aria-hidden): the meaning is
// always in the text next to them, never in the picture alone.
const PATHS: Record<string, ReactNode> = {
  werk: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2M3 13h18" />
    </>
  ),
  huishouden: (
    <>
      <circle cx="8" cy="7" r="3" />
      <circle cx="17" cy="8" r="2.5" />
      <path d="M2 21v-2a5 5 0 0 1 10 0v2M13 21v-1.5a4 4 0 0 1 8 0V21" />
    </>
  ),
  kinderen: (
    <>
      <circle cx="12" cy="6" r="3" />
      <path d="M7 21l2-7h6l2 7M9 14l-3-3M15 14l3-3" />
    </>
  ),
  verhuizen: (
    <>
      <path d="M3 11l9-7 9 7v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z" />
      <path d="M8 16h8M13 13l3 3-3 3" />
    </>
  ),
  geld: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M15.5 8.5a4.5 4.5 0 1 0 0 7M7 11h6M7 13.5h6" />
    </>
  ),
  studie: (
    <>
      <path d="M2 9l10-5 10 5-10 5z" />
      <path d="M6 11v5c2 2 10 2 12 0v-5M22 9v6" />
    </>
  ),
  buitenland: (
    <>
      <path d="M2 16l20-8-3 10-7-3-4 5v-6z" />
    </>
  ),
  gezondheid: (
    <>
      <path d="M12 20s-8-4.5-8-10a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.5-8 10-8 10z" />
      <path d="M8 11h2l1-2 2 4 1-2h2" />
    </>
  ),
  detentie: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="1" />
      <path d="M8 3v18M12 3v18M16 3v18" />
    </>
  ),
  uitkering: (
    <>
      <path d="M6 2h9l4 4v16H6z" />
      <path d="M14 2v5h5M14.5 12.5a3 3 0 1 0 0 4M9 14h4M9 15.8h4" />
    </>
  ),
  anders: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17h.01" />
    </>
  ),
};

export function TopicIcon({ slug }: { slug: string }) {
  return (
    <svg
      className="meedoen-topic-icon"
      viewBox="0 0 24 24"
      width="32"
      height="32"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[slug] ?? PATHS.anders}
    </svg>
  );
}
