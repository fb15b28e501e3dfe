import type { Route } from "./+types/security-txt";
import { getRequestState } from "~/lib/request-context.server";

// RFC 9116: how to report a vulnerability. "Expires" must lie within a year; generated on each
// request, it is always half a year ahead, so the file never goes stale.
export function loader({ request, context }: Route.LoaderArgs) {
  const { env } = getRequestState(context).services;
  const origin = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : new URL(request.url).origin;
  const expires = new Date(Date.now() + 182 * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    `Contact: ${env.SECURITY_CONTACT}`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${origin}/.well-known/security.txt`,
    "Policy: https://www.ncsc.nl/contact/kwetsbaarheid-melden",
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
