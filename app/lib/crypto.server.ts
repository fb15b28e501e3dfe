import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * BSN at rest: AES-256-GCM (authenticated, so a tampered value fails to decrypt) with a random
 * IV per value, plus a keyed HMAC for look-ups, because an encrypted value cannot be searched
 * and a plain hash of a 9-digit number is trivially reversed. Both keys derive from one master
 * key with HKDF so rotating the master key rotates both.
 */
export type BsnCrypto = {
  encrypt(bsn: string): string;
  decrypt(stored: string): string;
  lookupHash(bsn: string): string;
};

export function createBsnCrypto(masterKeyBase64: string): BsnCrypto {
  const master = Buffer.from(masterKeyBase64, "base64");
  const box = sealWith(Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn encryption", 32)));
  const hashKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn lookup", 32));
  return {
    encrypt: (bsn) => box.encrypt(bsn),
    decrypt: (stored) => box.decrypt(stored),
    lookupHash(bsn) {
      return createHmac("sha256", hashKey).update(bsn).digest("base64url");
    },
  };
}

/**
 * Other secrets at rest (a staff member's TOTP seed): the same AES-256-GCM format, with a key of
 * its own per purpose (HKDF info), so a leaked or misused key for one purpose opens nothing
 * else. `boundTo` (for example the owner's id) is authenticated with the value: a ciphertext
 * copied to another row does not decrypt there.
 */
export type SecretCrypto = {
  encrypt(plain: string, boundTo: string): string;
  decrypt(stored: string, boundTo: string): string;
};

export function createSecretCrypto(masterKeyBase64: string, purpose: string): SecretCrypto {
  const key = Buffer.from(hkdfSync("sha256", Buffer.from(masterKeyBase64, "base64"), Buffer.alloc(0), `meedoen ${purpose}`, 32));
  return sealWith(key);
}

function sealWith(key: Buffer) {
  return {
    encrypt(plain: string, boundTo?: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      if (boundTo !== undefined) cipher.setAAD(Buffer.from(boundTo, "utf8"));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
    },
    decrypt(stored: string, boundTo?: string): string {
      const [version, iv, tag, body] = stored.split(".");
      if (version !== "v1" || !iv || !tag || !body) throw new Error("Unknown ciphertext format");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
      if (boundTo !== undefined) decipher.setAAD(Buffer.from(boundTo, "utf8"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    },
  };
}
