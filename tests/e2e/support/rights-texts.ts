import { textsOf } from "./locales";

/** Texts of locales/<lang>/rights.json. */
export const rt = textsOf("rights");
