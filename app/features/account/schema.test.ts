import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { ContactDetailsSchema, formatDutchMobile, normalizeDutchMobile } from "./schema";

function parse(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) formData.set(key, value);
  return parseWithZod(formData, { schema: ContactDetailsSchema });
}

function errorsOf(fields: Record<string, string>) {
  const result = parse(fields);
  return result.status === "error" ? result.error : undefined;
}

describe("Dutch mobile numbers", () => {
  it.each(["0612345678", "06-12345678", "06 1234 5678", "+31612345678", "+31 6 1234 5678", "0031612345678"])("accepts %s", (input) => {
    expect(normalizeDutchMobile(input)).toBe("+31612345678");
  });
  it.each(["0201234567", "061234567", "+32612345678", "06123456789", "zes"])("refuses %s", (input) => {
    expect(normalizeDutchMobile(input)).toBeNull();
  });
  it("formats for display", () => expect(formatDutchMobile("+31612345678")).toBe("06 1234 5678"));
});

describe("ContactDetailsSchema", () => {
  it("accepts a complete, valid form and normalises the mobile number", () => {
    const result = parse({ email: " fatima@voorbeeld.nl ", mobile: "06 1234 5678", reminderChannel: "sms", preferredLanguage: "ar" });
    expect(result.status).toBe("success");
    if (result.status === "success") expect(result.value).toEqual({ email: "fatima@voorbeeld.nl", mobile: "+31612345678", reminderChannel: "sms", preferredLanguage: "ar" });
  });

  it("gives translatable keys for every problem", () => {
    expect(errorsOf({ email: "niet-een-mail", mobile: "12345", preferredLanguage: "xx" })).toEqual({
      email: ["errors.email.invalid"],
      mobile: ["errors.mobile.invalid"],
      reminderChannel: ["errors.reminderChannel.required"],
      preferredLanguage: ["errors.preferredLanguage.required"],
    });
  });

  it("needs an address for the chosen reminder channel", () => {
    expect(errorsOf({ reminderChannel: "email", preferredLanguage: "nl" })).toEqual({ email: ["errors.email.requiredForReminders"] });
    expect(errorsOf({ reminderChannel: "sms", preferredLanguage: "nl" })).toEqual({ mobile: ["errors.mobile.requiredForReminders"] });
    expect(parse({ reminderChannel: "post", preferredLanguage: "nl" }).status).toBe("success");
  });

  it("refuses huge and hostile values with a message instead of an exception", () => {
    const errors = errorsOf({ email: `${"a".repeat(300)}@voorbeeld.nl`, mobile: "<script>alert(1)</script>", reminderChannel: "post", preferredLanguage: "nl" });
    expect(errors?.email).toEqual(["errors.email.tooLong"]);
    expect(errors?.mobile).toEqual(["errors.mobile.invalid"]);
  });
});
