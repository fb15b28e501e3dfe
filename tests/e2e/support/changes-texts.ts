import { textsOf } from "./locales";

/** Texts of locales/<lang>/changes.json. */
export const c = textsOf("changes");
