import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createBsnCrypto, createSecretCrypto } from "./crypto.server";

const crypto = createBsnCrypto(randomBytes(32).toString("base64"));

describe("BSN encryption at rest", () => {
  it("round-trips, and never stores the BSN in the clear", () => {
    const stored = crypto.encrypt("999990019");
    expect(stored).not.toContain("999990019");
    expect(crypto.decrypt(stored)).toBe("999990019");
  });
  it("uses a fresh IV: the same BSN encrypts differently each time", () => {
    expect(crypto.encrypt("999990019")).not.toBe(crypto.encrypt("999990019"));
  });
  it("detects tampering (authenticated encryption)", () => {
    const [v, iv, tag, body] = crypto.encrypt("999990019").split(".");
    const flipped = Buffer.from(body!, "base64");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => crypto.decrypt([v, iv, tag, flipped.toString("base64")].join("."))).toThrow();
  });
  it("gives a stable keyed look-up hash that depends on the key", () => {
    expect(crypto.lookupHash("999990019")).toBe(crypto.lookupHash("999990019"));
    const other = createBsnCrypto(randomBytes(32).toString("base64"));
    expect(other.lookupHash("999990019")).not.toBe(crypto.lookupHash("999990019"));
  });
});

describe("other secrets at rest", () => {
  const key = randomBytes(32).toString("base64");
  const totp = createSecretCrypto(key, "staff totp");
  it("round-trips only for the owner it was bound to", () => {
    const stored = totp.encrypt("JBSWY3DPEHPK3PXP", "staff-1");
    expect(stored).not.toContain("JBSWY3DPEHPK3PXP");
    expect(totp.decrypt(stored, "staff-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => totp.decrypt(stored, "staff-2")).toThrow();
  });
  it("uses a key of its own per purpose, not the BSN key", () => {
    const stored = createSecretCrypto(key, "staff totp").encrypt("JBSWY3DPEHPK3PXP", "staff-1");
    expect(() => createSecretCrypto(key, "something else").decrypt(stored, "staff-1")).toThrow();
    expect(() => createBsnCrypto(key).decrypt(stored)).toThrow();
  });
});
