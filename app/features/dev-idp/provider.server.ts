import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { testResidents, testStaff } from "../../../db/seed/identities";
import { DEV_IDP_CLIENTS } from "~/lib/auth.server";

/**
 * A small but real OpenID Connect provider for development and tests: discovery, the
 * authorization code flow with PKCE (S256 only), RS256-signed ID tokens, JWKS and
 * RP-initiated logout. It stands in for the DigiD broker and the staff provider, and lists
 * test people to pick instead of asking for a password. Refused in production (see `assertDevIdpAllowed`).
 * State is in memory: fine for one developer's process, which is all it is for.
 */
const CODE_TTL_MS = 60_000;

type PendingCode = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  personKey: string;
  expiresAt: number;
};

const codes = new Map<string, PendingCode>();
let signingKey: Promise<{ privateKey: CryptoKey; publicJwk: JWK }> | undefined;

function getSigningKey() {
  signingKey ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: "dev-idp-1", alg: "RS256", use: "sig" };
    return { privateKey, publicJwk };
  })();
  return signingKey;
}

export function assertDevIdpAllowed(isProduction: boolean): void {
  if (isProduction) throw new Response("Not Found", { status: 404 });
}

export function issuerFor(request: Request): string {
  return `${new URL(request.url).origin}/dev-idp`;
}

export function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    end_session_endpoint: `${issuer}/logout`,
    response_types_supported: ["code"],
    grant_types_supported: ["authorization_code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    scopes_supported: ["openid", "profile", "address", "email"],
  };
}

export async function publicJwks() {
  return { keys: [(await getSigningKey()).publicJwk] };
}

function clientKind(clientId: string | null): "resident" | "staff" | null {
  if (clientId === DEV_IDP_CLIENTS.resident.clientId) return "resident";
  if (clientId === DEV_IDP_CLIENTS.staff.clientId) return "staff";
  return null;
}

export type AuthorizationRequest = {
  kind: "resident" | "staff";
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string | undefined;
  codeChallenge: string;
};

/** Validates an authorization request; returns null when it is not one we would answer. */
export function parseAuthorizationRequest(params: URLSearchParams, origin: string): AuthorizationRequest | null {
  const clientId = params.get("client_id");
  const kind = clientKind(clientId);
  const redirectUri = params.get("redirect_uri") ?? "";
  const codeChallenge = params.get("code_challenge") ?? "";
  const state = params.get("state") ?? "";
  if (!kind || params.get("response_type") !== "code" || params.get("code_challenge_method") !== "S256") return null;
  if (!/^[\w-]{43}$/.test(codeChallenge) || !state) return null;
  // Only send codes back to this same site's callback.
  if (redirectUri !== `${origin}/auth/callback`) return null;
  return { kind, clientId: clientId!, redirectUri, state, nonce: params.get("nonce") ?? undefined, codeChallenge };
}

export function peopleFor(kind: "resident" | "staff") {
  return kind === "resident"
    ? testResidents.map((p) => ({ key: p.key, label: `${p.givenName} ${p.familyName}`, detail: `${p.locality} · ${p.birthDate}` }))
    : testStaff.map((p) => ({ key: p.key, label: p.name, detail: `${p.role} · ${p.municipality}${p.providerMfa === false ? " · zonder MFA" : ""}` }));
}

export function issueCode(request: AuthorizationRequest, personKey: string): string {
  const known = peopleFor(request.kind).some((p) => p.key === personKey);
  if (!known) throw new Response("Unknown test person", { status: 400 });
  const code = randomBytes(24).toString("base64url");
  codes.set(code, {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    personKey,
    expiresAt: Date.now() + CODE_TTL_MS,
  });
  return code;
}

export function claimsFor(kind: "resident" | "staff", key: string): Record<string, unknown> {
  if (kind === "resident") {
    const p = testResidents.find((r) => r.key === key)!;
    return {
      sub: `dev-idp:${p.key}`,
      bsn: p.bsn,
      given_name: p.givenName,
      family_name: p.familyName,
      birthdate: p.birthDate,
      address: { street_address: p.streetAddress, postal_code: p.postalCode, locality: p.locality, country: "NL" },
      municipality: p.municipality,
      acr: "urn:digid:loa:substantieel",
    };
  }
  const s = testStaff.find((r) => r.key === key)!;
  // Most test staff log in as through a provider that did MFA (password and a one-time code), so
  // the journeys go straight in. The few with `providerMfa: false` show only a password, like a
  // provider without MFA: Meedoen then asks for its own TOTP code.
  return { sub: `dev-idp:${s.key}`, name: s.name, email: s.email, amr: s.providerMfa === false ? ["pwd"] : ["pwd", "otp"] };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function clientCredentials(request: Request, form: URLSearchParams): { id: string; secret: string } | null {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(header.slice(6), "base64").toString().split(":").map(decodeURIComponent);
    return id && secret ? { id, secret } : null;
  }
  const id = form.get("client_id");
  const secret = form.get("client_secret");
  return id && secret ? { id, secret } : null;
}

const tokenError = (error: string, status = 400) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** The token endpoint: exchanges a one-time code for a signed ID token. */
export async function exchangeCode(request: Request, issuer: string): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const credentials = clientCredentials(request, form);
  const kind = clientKind(credentials?.id ?? null);
  if (!credentials || !kind || !safeEqual(credentials.secret, DEV_IDP_CLIENTS[kind].clientSecret)) return tokenError("invalid_client", 401);
  if (form.get("grant_type") !== "authorization_code") return tokenError("unsupported_grant_type");
  const code = form.get("code") ?? "";
  const pending = codes.get(code);
  codes.delete(code); // one use only, even when the exchange fails
  if (!pending || pending.expiresAt < Date.now() || pending.clientId !== credentials.id) return tokenError("invalid_grant");
  if (form.get("redirect_uri") !== pending.redirectUri) return tokenError("invalid_grant");
  const verifier = form.get("code_verifier") ?? "";
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  if (!safeEqual(challenge, pending.codeChallenge)) return tokenError("invalid_grant");

  const { privateKey, publicJwk } = await getSigningKey();
  const idToken = await new SignJWT({ ...claimsFor(kind, pending.personKey), ...(pending.nonce ? { nonce: pending.nonce } : {}) })
    .setProtectedHeader({ alg: "RS256", kid: publicJwk.kid })
    .setIssuer(issuer)
    .setAudience(credentials.id)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);
  return Response.json(
    { access_token: randomBytes(24).toString("base64url"), token_type: "Bearer", expires_in: 300, id_token: idToken },
    { headers: { "Cache-Control": "no-store" } },
  );
}
