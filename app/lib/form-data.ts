import { CSRF_FIELD } from "./csrf";

/**
 * Turns a stored conform payload (what a resident typed, kept in a draft) back into FormData,
 * so it is checked with exactly the same schema and coercion as a live submit.
 */
export function payloadToFormData(payload: unknown, prefix = "", formData = new FormData()): FormData {
  if (payload === null || payload === undefined) return formData;
  if (Array.isArray(payload)) {
    for (const item of payload) {
      if (item !== null && typeof item === "object") throw new Error("nested objects in arrays are not stored in drafts");
      formData.append(prefix, String(item));
    }
  } else if (typeof payload === "object") {
    for (const [key, value] of Object.entries(payload)) payloadToFormData(value, prefix ? `${prefix}.${key}` : key, formData);
  } else if (prefix) {
    formData.append(prefix, String(payload));
  }
  return formData;
}

/**
 * The posted form, with NUL characters taken out of every text value. PostgreSQL cannot store
 * U+0000 in text or jsonb, no keyboard types it, and it never means anything in a name or a
 * note: taking it out lets the rest of what was typed be saved instead of failing the request.
 * Files are left as they are. Every action reads its form through this. The CSRF token was
 * checked by the middleware and is left out, so it never ends up in a draft.
 */
export async function readFormData(request: Request): Promise<FormData> {
  const posted = await request.formData();
  const clean = new FormData();
  for (const [name, value] of posted.entries()) if (name !== CSRF_FIELD) clean.append(name.replaceAll("\u0000", ""), typeof value === "string" ? value.replaceAll("\u0000", "") : value);
  return clean;
}
