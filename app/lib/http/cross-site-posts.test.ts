import { describe, expect, it } from "vitest";
import { isOwnOrigin } from "./cross-site-posts";

// The Origin rule both the Express layer and the root middleware apply to every post.
describe("isOwnOrigin", () => {
  it("accepts no Origin (an older browser or a same-origin form), the address asked for, and PUBLIC_URL behind a proxy", () => {
    expect(isOwnOrigin(null, "http://127.0.0.1:3000", undefined)).toBe(true);
    expect(isOwnOrigin("http://127.0.0.1:3000", "http://127.0.0.1:3000", undefined)).toBe(true);
    expect(isOwnOrigin("https://meedoen.example", "http://10.0.0.5:3000", "https://meedoen.example/")).toBe(true);
  });

  it("refuses any other site, also one that only looks alike", () => {
    expect(isOwnOrigin("https://evil.example", "http://127.0.0.1:3000", "https://meedoen.example")).toBe(false);
    expect(isOwnOrigin("https://meedoen.example.evil.example", "http://127.0.0.1:3000", "https://meedoen.example")).toBe(false);
    expect(isOwnOrigin("http://meedoen.example", "http://127.0.0.1:3000", "https://meedoen.example")).toBe(false);
    expect(isOwnOrigin("null", "http://127.0.0.1:3000", undefined)).toBe(false);
  });
});
