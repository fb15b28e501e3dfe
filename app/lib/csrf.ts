// Shared by the server check and the hidden form field, so both use the same name.
export const CSRF_FIELD = "csrf";
export const CSRF_HEADER = "X-CSRF-Token";
