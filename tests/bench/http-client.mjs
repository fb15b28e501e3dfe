// A tiny HTTP client with a cookie jar for scripted journeys against a running portal.
export function createClient(baseUrl) {
  const jar = new Map();
  const cookieHeader = () => [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  async function request(path, { method = "GET", form, follow = true } = {}) {
    let url = new URL(path, baseUrl).href;
    let body = form ? new URLSearchParams(form) : undefined;
    let currentMethod = method;
    const timings = [];
    for (let hop = 0; hop < 10; hop++) {
      const started = performance.now();
      const response = await fetch(url, {
        method: currentMethod,
        body,
        redirect: "manual",
        headers: { Cookie: cookieHeader(), ...(body ? { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(baseUrl).origin } : {}) },
      });
      const text = await response.text();
      timings.push({ method: currentMethod, path: new URL(url).pathname, status: response.status, ms: performance.now() - started });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(";");
        const [name, ...value] = pair.split("=");
        jar.set(name, value.join("="));
      }
      const location = response.headers.get("location");
      if (follow && location && response.status >= 300 && response.status < 400) {
        url = new URL(location, url).href;
        currentMethod = "GET";
        body = undefined;
        continue;
      }
      return { status: response.status, url, text, timings };
    }
    throw new Error(`too many redirects from ${path}`);
  }
  return { request, cookieHeader };
}

/** Logs in through the development identity provider, as a browser would. */
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
