import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.server";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

describe("logger", () => {
  it("never writes a BSN, whatever the field or message", () => {
    const { logger, lines } = capture();
    logger.info({ bsn: "999990019", nested: { note: "bsn 999990068 in text" }, url: "/x?q=999990159" }, "looked up 999990299");
    logger.error({ err: new Error("resident 999990810 not found") }, "failed");
    const output = lines.join("\n");
    for (const bsn of ["999990019", "999990068", "999990159", "999990299", "999990810"]) expect(output).not.toContain(bsn);
    expect(output).toContain("[BSN]");
  });
});
