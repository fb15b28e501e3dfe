/** The hidden field that carries a form's submit key (idempotency.server.ts); shared by the form and the action. */
export const SUBMIT_KEY_FIELD = "verzendsleutel";
