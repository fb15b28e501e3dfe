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
