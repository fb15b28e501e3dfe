import { readFileSync } from "node:fs";
import type { Lang } from "./locales";

// Texts of the premium namespace (locales/<lang>/premium.json), like support/locales.ts does for common.
const cache = new Map<Lang, Record<string, unknown>>();

export function p(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let messages = cache.get(lang);
  if (!messages) {
    messages = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/premium.json`, import.meta.url), "utf8")) as Record<string, unknown>;
    cache.set(lang, messages);
  }
  let node: unknown = messages;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`locales/${lang}/premium.json has no text at "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => String(values[name] ?? match));
}
