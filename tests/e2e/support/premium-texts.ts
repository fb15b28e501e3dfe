import { textsOf } from "./locales";

/** Texts of locales/<lang>/premium.json. */
export const p = textsOf("premium");
