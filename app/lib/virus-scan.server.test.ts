import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EICAR, type FakeClamd, startFakeClamd } from "../../tests/fixtures/fake-clamd";
import { readUpload } from "./uploads.server";
import { createClamavScanner, getVirusScanner, noVirusScanner, ScannerUnavailableError } from "./virus-scan.server";

const PDF = Buffer.from("%PDF-1.4\n% loonstrook\n");

describe("virus scanning with clamd (INSTREAM)", () => {
  let clamd: FakeClamd;
  let silent: FakeClamd;
  let closedPort: number;

  beforeAll(async () => {
    clamd = await startFakeClamd();
    silent = await startFakeClamd("silent");
    // A port that was just free: nothing listens there.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(async () => {
    await clamd.close();
    await silent.close();
  });

  const scanner = (port: number, timeoutMs = 2_000) => createClamavScanner({ host: "127.0.0.1", port, timeoutMs });

  it("names the signature of an infected file, and passes a clean one", async () => {
    expect(await scanner(clamd.port).scan(Buffer.concat([PDF, Buffer.from(EICAR)]))).toEqual({ verdict: "infected", signature: "Eicar-Test-Signature" });
    expect(await scanner(clamd.port).scan(PDF)).toEqual({ verdict: "clean" });
  });

  it("sends a large file in chunks that arrive whole and in order", async () => {
    const big = Buffer.alloc(200 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    expect(await scanner(clamd.port).scan(big)).toEqual({ verdict: "clean" });
    expect(clamd.received.at(-1)!.equals(big)).toBe(true);
    // EICAR split across two chunks is still found.
    const split = Buffer.concat([Buffer.alloc(64 * 1024 - 10, 0x20), Buffer.from(EICAR)]);
    expect(await scanner(clamd.port).scan(split)).toMatchObject({ verdict: "infected" });
  });

  it("gives up within the timeout when clamd never answers, and when nothing listens", async () => {
    const started = Date.now();
    await expect(scanner(silent.port, 300).scan(PDF)).rejects.toBeInstanceOf(ScannerUnavailableError);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(2_000);
    await expect(scanner(closedPort).scan(PDF)).rejects.toBeInstanceOf(ScannerUnavailableError);
  });

  it("refuses the upload in readUpload: infected, or no verdict (fail closed)", async () => {
    const eicarPdf = new File([PDF, EICAR], "loonstrook.pdf");
    expect(await readUpload(eicarPdf, 1024, scanner(clamd.port))).toEqual({ error: "errors.upload.infected" });
    expect(await readUpload(new File([PDF], "loonstrook.pdf"), 1024, scanner(silent.port, 200))).toEqual({ error: "errors.upload.scanFailed" });
    expect(await readUpload(new File([PDF], "loonstrook.pdf"), 1024, scanner(closedPort))).toEqual({ error: "errors.upload.scanFailed" });
    expect(await readUpload(new File([PDF], "loonstrook.pdf"), 1024, scanner(clamd.port))).toMatchObject({ upload: { fileName: "loonstrook.pdf", size: PDF.length } });
  });

  it("scans only when CLAMAV_HOST is set", () => {
    const base = { CLAMAV_PORT: 3310, CLAMAV_TIMEOUT_MS: 1000, isProduction: false };
    expect(getVirusScanner({ ...base, CLAMAV_HOST: undefined })).toBe(noVirusScanner);
    expect(getVirusScanner({ ...base, CLAMAV_HOST: "clamd.internal" }).name).toBe("clamav");
  });
});
