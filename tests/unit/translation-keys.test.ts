import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Zod messages and t() calls name i18n keys; a key that does not exist would show the raw key
// ("errors.email.invalid") to a resident. Scan the source for literal keys and look them up.
const appDir = path.resolve(__dirname, "../../app");
const localesDir = path.resolve(__dirname, "../../locales");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "+types" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function has(tree: unknown, key: string): boolean {
  let node = tree;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

const sources = sourceFiles(appDir).map((file) => readFileSync(file, "utf8"));
const errorKeys = new Set(sources.flatMap((text) => [...text.matchAll(/["'](errors\.[A-Za-z.]+[A-Za-z])["']/g)].map((m) => m[1]!)));
const tKeys = new Set(sources.flatMap((text) => [...text.matchAll(/\bt\(\s*"([A-Za-z][\w.-]*)"/g)].map((m) => m[1]!)));
const languages = readdirSync(localesDir);
const common = Object.fromEntries(languages.map((l) => [l, JSON.parse(readFileSync(path.join(localesDir, l, "common.json"), "utf8"))]));

describe("translation keys used in code", () => {
  it("finds the keys it checks (guards against a broken scan)", () => {
    expect(errorKeys.size).toBeGreaterThan(8);
    expect(tKeys.size).toBeGreaterThan(40);
  });

  it.each(languages)("every zod error key has a translation in %s", (lang) => {
    const missing = [...errorKeys].filter((key) => !has(common[lang], key));
    expect(missing).toEqual([]);
  });

  it.each(languages)("every literal t() key exists in %s", (lang) => {
    const missing = [...tKeys].filter((key) => !has(common[lang], key));
    expect(missing).toEqual([]);
  });
});
