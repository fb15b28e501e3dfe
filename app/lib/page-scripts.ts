import { useMatches } from "react-router";

/**
 * A route whose page only shows content (the landing pages, rechten en plichten) exports
 * `handle = withoutScripts`: it is sent as HTML and CSS alone, without React or its data, so it
 * loads fast on a cheap phone on prepaid data. Its links and forms work as plain HTML, and
 * read-aloud is a small script of its own (public/read-aloud.js).
 */
export const withoutScripts = { scripts: false } as const;

/** False when any matched route asked for a page without scripts. */
export function usePageScripts(): boolean {
  return !useMatches().some((match) => (match.handle as { scripts?: boolean } | undefined)?.scripts === false);
}
