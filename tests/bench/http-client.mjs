// A tiny HTTP client with a cookie jar for scripted journeys against a running portal. Every
// posting form needs the session's CSRF token (app/lib/csrf.server.ts): the client takes it
// from the hidden `csrf` field of the last page it read (or from the session the bench made,
// see sessions.mjs) and adds it to every form it posts.
const CSRF_INPUT = /<input[^>]*\bname="csrf"[^>]*\bvalue="([^"]+)"|<input[^>]*\bvalue="([^"]+)"[^>]*\bname="csrf"/;

export function createClient(baseUrl) {
  const jar = new Map();
  const client = { csrf: null, request, cookieHeader, useSession };
  function cookieHeader() {
    return [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  /** Takes over a session made by the bench: its cookie ("name=value") and CSRF token. */
  function useSession({ cookie, csrf }) {
    const [name, ...value] = cookie.split("=");
    jar.set(name, value.join("="));
    client.csrf = csrf;
  }
  /** `form`: a plain object or URLSearchParams (urlencoded), or FormData (multipart, as a form with a file input). */
  async function request(path, { method = "GET", form, follow = true } = {}) {
    let url = new URL(path, baseUrl).href;
    let body = form === undefined ? undefined : form instanceof FormData ? form : new URLSearchParams(form);
    if (body && client.csrf && !body.has("csrf")) body.set("csrf", client.csrf);
    let currentMethod = method;
    const timings = [];
    for (let hop = 0; hop < 10; hop++) {
      const started = performance.now();
      const headers = { Cookie: cookieHeader() };
      if (body) headers.Origin = new URL(baseUrl).origin;
      if (body instanceof URLSearchParams) headers["Content-Type"] = "application/x-www-form-urlencoded";
      const response = await fetch(url, { method: currentMethod, body, redirect: "manual", headers });
      const text = await response.text();
      timings.push({ method: currentMethod, path: new URL(url).pathname, status: response.status, ms: performance.now() - started });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(";");
        const [name, ...value] = pair.split("=");
        jar.set(name, value.join("="));
      }
      if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
        const token = CSRF_INPUT.exec(text);
        if (token) client.csrf = (token[1] ?? token[2]).replaceAll("&amp;", "&");
      }
      const location = response.headers.get("location");
      if (follow && location && response.status >= 300 && response.status < 400) {
        url = new URL(location, url).href;
        currentMethod = "GET";
        body = undefined;
        continue;
      }
      return { status: response.status, url, location, text, timings };
    }
    throw new Error(`too many redirects from ${path}`);
  }
  return client;
}

/** Logs in through the development identity provider, as a browser would (development mode only). */
export async function loginAsResident(client, personKey) {
  const authorize = await client.request("/inloggen", { method: "POST", form: { returnTo: "/mijn" } });
  if (!authorize.url.includes("/dev-idp/authorize")) throw new Error(`login did not reach the identity provider: ${authorize.url}`);
  const home = await client.request(authorize.url, { method: "POST", form: { person: personKey } });
  if (!home.url.endsWith("/mijn")) throw new Error(`login did not end on /mijn: ${home.url} (${home.status})`);
}

export async function loginAsStaff(client, staffKey) {
  const authorize = await client.request("/medewerker/inloggen", { method: "POST", form: { returnTo: "/medewerker" } });
  if (!authorize.url.includes("/dev-idp/authorize")) throw new Error(`login did not reach the identity provider: ${authorize.url}`);
  const home = await client.request(authorize.url, { method: "POST", form: { person: staffKey } });
  if (!home.url.endsWith("/medewerker")) throw new Error(`login did not end on /medewerker: ${home.url} (${home.status})`);
}
