import { useRouteLoaderData } from "react-router";
import { CSRF_FIELD } from "~/lib/csrf";
import type { RootData } from "~/lib/root-data";

/** The hidden token every posting form carries; the server refuses a post without it. */
export function CsrfField() {
  const token = useCsrfToken();
  return token ? <input type="hidden" name={CSRF_FIELD} value={token} /> : null;
}

export function useCsrfToken(): string | null {
  return (useRouteLoaderData("root") as RootData | undefined)?.csrfToken ?? null;
}
