import { useMatches } from "react-router";

/**
 * A route that exports `handle = withoutScripts` is sent as HTML and CSS alone, without React or
 * its data, so it loads fast on a cheap phone on prepaid data (issue 10). That is every page a
 * resident sees (content pages, Mijn Meedoen, every form step) and the klantmanager's queue:
 * their forms work as plain HTML and are checked by the server, as GOV.UK does. Small scripts of
 * their own add what JavaScript can: read-aloud (public/read-aloud.js), focus on the error
 * summary, print buttons and the idle-timeout warning (public/page-enhancements.js). Staff pages
 * with many forms on one page (a case) keep React.
 */
export const withoutScripts = { scripts: false } as const;

/** False when any matched route asked for a page without scripts. */
export function usePageScripts(): boolean {
  return !useMatches().some((match) => (match.handle as { scripts?: boolean } | undefined)?.scripts === false);
}
