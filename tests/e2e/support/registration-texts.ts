import { textsOf } from "./locales";

/** Texts of locales/<lang>/registration.json. */
export const r = textsOf("registration");
