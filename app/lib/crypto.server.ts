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
  const encryptionKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn encryption", 32));
  const hashKey = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "meedoen bsn lookup", 32));
  return {
    encrypt(bsn) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const body = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
    },
    decrypt(stored) {
      const [version, iv, tag, body] = stored.split(".");
      if (version !== "v1" || !iv || !tag || !body) throw new Error("Unknown BSN ciphertext format");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    },
    lookupHash(bsn) {
      return createHmac("sha256", hashKey).update(bsn).digest("base64url");
    },
  };
}
