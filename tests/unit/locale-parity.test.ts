import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "~/lib/i18n";

// Dutch is the source of truth: every language has exactly its keys, and every translation
// keeps the same {{placeholders}} (a dropped {{name}} would show residents an empty gap).
const root = path.resolve(__dirname, "../../locales");

type Flat = Map<string, string>;
function flatten(value: unknown, prefix = "", out: Flat = new Map()): Flat {
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, String(value));
  }
  return out;
}
const load = (lang: string, file: string) => flatten(JSON.parse(readFileSync(path.join(root, lang, file), "utf8")));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces = readdirSync(path.join(root, "nl")).filter((f) => f.endsWith(".json"));

describe("locale files", () => {
  it("exist for exactly the supported languages", () => {
    expect(readdirSync(root).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(LANGUAGES.filter((l) => l !== "nl"))("%s", (lang) => {
    it.each(namespaces)("%s has the same keys as Dutch", (file) => {
      expect([...load(lang, file).keys()].sort()).toEqual([...load("nl", file).keys()].sort());
    });

    it.each(namespaces)("%s keeps every {{placeholder}}", (file) => {
      const dutch = load("nl", file);
      const translated = load(lang, file);
      for (const [key, text] of dutch) expect(placeholders(translated.get(key) ?? ""), `${lang}/${file} ${key}`).toEqual(placeholders(text));
    });

    it.each(namespaces)("%s has no empty values", (file) => {
      for (const [key, text] of load(lang, file)) expect(text.trim(), `${lang}/${file} ${key}`).not.toBe("");
    });
  });
});
