import type { RequestState } from "./request-context.server";
import { readFormData } from "./form-data";

/**
 * When a session has expired and the resident presses "save", what they typed must not be
 * lost. The form fields are kept in the (now signed-out) session; after logging in again the
 * page they return to picks them up and saves them. Text fields only (files need a new
 * upload), and at most 64 KB.
 */
const MAX_PENDING_BYTES = 64 * 1024;

export async function stashPendingForm(state: RequestState, request: Request): Promise<void> {
  if (request.method !== "POST") return;
  try {
    const formData = await readFormData(request);
    const fields = [...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string");
    if (JSON.stringify(fields).length > MAX_PENDING_BYTES) return;
    state.session.set("pendingForm", { path: new URL(request.url).pathname, fields });
  } catch {
    // Not a form post: nothing to keep.
  }
}

export function takePendingForm(state: RequestState, pathname: string): FormData | null {
  const pending = state.session.get("pendingForm");
  if (!pending || pending.path !== pathname) return null;
  state.session.unset("pendingForm");
  const formData = new FormData();
  for (const [name, value] of pending.fields) formData.append(name, value);
  return formData;
}
