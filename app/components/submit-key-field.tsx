import { SUBMIT_KEY_FIELD } from "~/lib/idempotency";

/** The form's submit key (app/lib/idempotency.server.ts): the same form sent twice makes one message. */
export function SubmitKeyField({ value }: { value: string }) {
  return <input type="hidden" name={SUBMIT_KEY_FIELD} value={value} />;
}
