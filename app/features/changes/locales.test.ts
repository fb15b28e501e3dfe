import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "~/lib/i18n";
import { CHANGE_TOPICS } from "./topics";

// The change pages build many keys from the topic list (labels, options, error messages per
// field), which the general translation-key test cannot see. Every one must exist in every
// language, or a resident would read a raw key.
const localesDir = path.resolve(__dirname, "../../../locales");
const load = (lang: string) => JSON.parse(readFileSync(path.join(localesDir, lang, "changes.json"), "utf8")) as Record<string, unknown>;
const has = (tree: unknown, key: string) => typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree) === "string";

function requiredKeys(): string[] {
  const keys: string[] = [];
  for (const topic of CHANGE_TOPICS) {
    keys.push(`topics.${topic.key}.label`, `topics.${topic.key}.hint`, `topics.${topic.key}.intro`);
    for (const field of topic.fields) {
      keys.push(`field.${field.name}.summary`);
      if (field.type === "choice") {
        keys.push(`errors.${field.name}.required`);
        for (const option of field.options) keys.push(`topics.${topic.key}.options.${option}`);
      }
      if ((field.type === "text" || field.type === "textarea" || field.type === "amount") && field.required) keys.push(`errors.${field.name}.required`);
      // A question needs its words: the topic's own, or the general one.
      keys.push(`topics.${topic.key}.fields.${field.name}.label|field.${field.name}.label`);
    }
  }
  return keys;
}

describe("changes.json", () => {
  it("is found for every language", () => {
    expect(readdirSync(localesDir).filter((lang) => readdirSync(path.join(localesDir, lang)).includes("changes.json")).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)("has every key the topic pages build, in %s", (lang) => {
    const texts = load(lang);
    const missing = requiredKeys().filter((key) => !key.split("|").some((k) => has(texts, k)));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)("has every error message the change schemas use, in %s", (lang) => {
    const source = ["schema.ts", "../../routes/changes/review.tsx", "../../routes/periodic-check/review.tsx"].map((f) => readFileSync(path.join(__dirname, f), "utf8")).join("\n");
    const keys = [...source.matchAll(/"changes:(errors\.[\w.]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(10);
    const texts = load(lang);
    expect(keys.filter((key) => !has(texts, key))).toEqual([]);
  });

  it("keeps messages free of anything personal: only a task and a link", () => {
    for (const lang of LANGUAGES) {
      const messages = load(lang).messages as Record<string, string>;
      for (const text of Object.values(messages)) expect(text).not.toMatch(/\{\{(?!link\}\})/);
    }
  });
});
