import { createCipheriv, createHmac, hkdfSync, randomBytes, randomInt, randomUUID } from "node:crypto";
import pg from "pg";
import { createCookie } from "react-router";

// Signing in without an identity provider, for a portal running with NODE_ENV=production
// (which refuses the development provider): the bench writes a resident row and a session row
// straight into the database, exactly as a finished DigiD login would leave them
// (app/lib/auth.server.ts completeLogin, app/lib/session.server.ts), and signs the session id
// into the cookie with the portal's SESSION_SECRET through React Router's own createCookie, so
// the value is encoded and HMAC-SHA256-signed the way the portal reads it. The session carries
// its CSRF token (app/lib/csrf.server.ts), which every posting form sends in the `csrf` field.

/** Secrets for one bench run: a fresh SESSION_SECRET and BSN_ENCRYPTION_KEY, so every run's residents are new. */
export function benchSecrets() {
  return { sessionSecret: randomBytes(32).toString("base64url"), bsnEncryptionKey: randomBytes(32).toString("base64") };
}

/** The same scheme as app/lib/crypto.server.ts: AES-256-GCM at rest, a keyed HMAC to look up. */
function bsnCrypto(masterKeyBase64) {
  const master = Buffer.from(masterKeyBase64, "base64");
  const encryptionKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn encryption", 32));
  const hashKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn lookup", 32));
  return {
    encrypt(bsn) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const body = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
    },
    lookupHash: (bsn) => createHmac("sha256", hashKey).update(bsn).digest("base64url"),
  };
}

/** A random 9-digit number in the 99xxxxxxx test range that passes the elfproef. */
function randomTestBsn() {
  for (;;) {
    const digits = `99${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    const last = sum % 11;
    if (last <= 9) return `${digits.slice(0, 8)}${last}`;
  }
}

// The demo people the bench modules sign in as (the names of db/seed/identities.ts, so runs on
// the development provider and on session rows read alike), with their municipality.
const PEOPLE = {
  fatima: ["Fatima", "El Amrani", "lansingerland"],
  daan: ["Daan", "de Vries", "lansingerland"],
  olena: ["Olena", "Kovalenko", "gooise-meren"],
  mehmet: ["Mehmet", "Yılmaz", "gooise-meren"],
  anna: ["Anna", "Kowalska", "de-ronde-venen"],
  sanne: ["Sanne", "Bakker", "de-ronde-venen"],
  emma: ["Emma", "Jansen", "lansingerland"],
  lucas: ["Lucas", "Visser", "lansingerland"],
};

export function createSessionFactory({ databaseUrl, sessionSecret, bsnEncryptionKey, secure }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const crypto = bsnCrypto(bsnEncryptionKey);
  const cookie = createCookie(secure ? "__Host-meedoen" : "meedoen", { httpOnly: true, sameSite: "lax", secure, path: "/", secrets: [sessionSecret] });
  const residents = new Map();

  /** Inserts residents (one row each, a fresh test BSN) in a municipality; returns their ids in order. */
  async function createResidents(people, municipalitySlug) {
    const unique = new Set();
    while (unique.size < people.length) unique.add(randomTestBsn());
    const bsns = [...unique];
    const { rows } = await pool.query(
      `insert into residents (bsn_encrypted, bsn_hash, given_name, family_name, birth_date, municipality_id, last_login_at)
       select p.enc, p.hash, p.given, p.family, date '1990-05-17', m.id, now()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[]) with ordinality as p(enc, hash, given, family, n)
       join municipalities m on m.slug = $5
       on conflict (bsn_hash) do update set last_login_at = now()
       returning id, bsn_hash`,
      [bsns.map((b) => crypto.encrypt(b)), bsns.map((b) => crypto.lookupHash(b)), people.map((p) => p.givenName), people.map((p) => p.familyName), municipalitySlug],
    );
    if (rows.length !== people.length) throw new Error(`expected ${people.length} residents in ${municipalitySlug}, made ${rows.length} (is the municipality seeded?)`);
    const byHash = new Map(rows.map((r) => [r.bsn_hash, r.id]));
    return bsns.map((b) => byHash.get(crypto.lookupHash(b)));
  }

  /** A session row as a finished login leaves it; returns the Cookie header pair and the CSRF token. */
  async function createSession(data) {
    const id = randomUUID() + randomUUID().replaceAll("-", "");
    const csrf = randomBytes(32).toString("base64url");
    await pool.query("insert into sessions (id, data, resident_id, staff_id, expires_at) values ($1, $2, $3, $4, now() + interval '1 day')", [
      id,
      JSON.stringify({ ...data, lastSeenAt: Date.now(), csrf }),
      data.residentId ?? null,
      data.staffId ?? null,
    ]);
    const [pair] = (await cookie.serialize(id)).split(";");
    return { cookie: pair, csrf };
  }

  return {
    createResidents,
    createSession,
    /** Signs this client in as the demo person `key` (a resident row made once per run). */
    async signInResident(client, key) {
      let id = residents.get(key);
      if (!id) {
        const [givenName, familyName, municipality] = PEOPLE[key] ?? [key, "Bench", "lansingerland"];
        [id] = await createResidents([{ givenName, familyName }], municipality);
        residents.set(key, id);
      }
      client.useSession(await createSession({ residentId: id }));
      return id;
    },
    /** Signs this client in as a seeded member of staff (db/seed/identities.ts, subject dev-idp:<key>). */
    async signInStaff(client, key) {
      const { rows } = await pool.query("select id from staff where subject = $1", [`dev-idp:${key}`]);
      if (!rows[0]) throw new Error(`staff ${key} is not seeded (SEED_DEMO_DATA=true?)`);
      client.useSession(await createSession({ staffId: rows[0].id }));
    },
    query: (text, values) => pool.query(text, values),
    close: () => pool.end(),
  };
}
