import { readFileSync } from "node:fs";
import type { Lang } from "./locales";

// Texts of the rights namespace (locales/<lang>/rights.json).
export function rt(lang: Lang, key: string, values: Record<string, string> = {}): string {
  const messages = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/rights.json`, import.meta.url), "utf8")) as Record<string, unknown>;
  let node: unknown = messages;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`locales/${lang}/rights.json has no text at "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}
