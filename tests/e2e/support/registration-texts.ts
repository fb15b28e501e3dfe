import { readFileSync } from "node:fs";
import type { Lang } from "./locales";

// Texts of the registration namespace (locales/<lang>/registration.json), like support/locales.ts does for common.
const cache = new Map<Lang, Record<string, unknown>>();

export function r(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let messages = cache.get(lang);
  if (!messages) {
    messages = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/registration.json`, import.meta.url), "utf8")) as Record<string, unknown>;
    cache.set(lang, messages);
  }
  let node: unknown = messages;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`locales/${lang}/registration.json has no text at "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => String(values[name] ?? match));
}
