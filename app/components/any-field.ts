import type { FieldMetadata } from "@conform-to/react";

// Field components only read ids, names, errors and the initial value; which values are valid
// is the schema's business, so they accept a field of any value type.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyField = FieldMetadata<any, any, string[]>;
