import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Zod messages and t() calls name i18n keys; a key that does not exist would show the raw key
// ("errors.email.invalid") to a resident. Scan the source for literal keys and look them up,
// in the namespace the file asks for with useTranslation("…") (common when it asks for none).
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

const sources = sourceFiles(appDir).map((file) => ({ file, text: readFileSync(file, "utf8") }));
const errorKeys = new Set(sources.flatMap(({ text }) => [...text.matchAll(/["'](errors\.[A-Za-z.]+[A-Za-z])["']/g)].map((m) => m[1]!)));
const usedKeys = sources.flatMap(({ file, text }) => {
  const namespace = text.match(/useTranslation\(\s*"([\w-]+)"/)?.[1] ?? "common";
  return [...text.matchAll(/\bt\(\s*"([A-Za-z][\w.-]*)"/g)].map((m) => ({ file: path.relative(appDir, file), namespace, key: m[1]! }));
});
const languages = readdirSync(localesDir);
const load = (lang: string, ns: string) => JSON.parse(readFileSync(path.join(localesDir, lang, `${ns}.json`), "utf8"));

describe("translation keys used in code", () => {
  it("finds the keys it checks (guards against a broken scan)", () => {
    expect(errorKeys.size).toBeGreaterThan(8);
    expect(usedKeys.length).toBeGreaterThan(40);
  });

  it.each(languages)("every zod error key has a translation in %s", (lang) => {
    const common = load(lang, "common");
    expect([...errorKeys].filter((key) => !has(common, key))).toEqual([]);
  });

  it.each(languages)("every literal t() key exists in %s", (lang) => {
    const missing = usedKeys.filter(({ namespace, key }) => !has(load(lang, namespace), key) && !has(load(lang, "common"), key));
    expect(missing).toEqual([]);
  });
});
