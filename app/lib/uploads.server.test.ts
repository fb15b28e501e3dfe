import { describe, expect, it } from "vitest";
import { readUpload, sanitizeFileName, sniffContentType } from "./uploads.server";
import { noVirusScanner } from "./virus-scan.server";

const PDF = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00");

describe("uploads", () => {
  it("knows PDF, JPEG and PNG by their bytes", () => {
    expect(sniffContentType(PDF)).toBe("application/pdf");
    expect(sniffContentType(PNG)).toBe("image/png");
    expect(sniffContentType(JPEG)).toBe("image/jpeg");
    expect(sniffContentType(EXE)).toBeNull();
  });

  it("refuses a program renamed to .pdf, and a file that is too big", async () => {
    expect(await readUpload(new File([EXE], "loonstrook.pdf", { type: "application/pdf" }), 1024, noVirusScanner)).toEqual({ error: "errors.upload.wrongType" });
    expect(await readUpload(new File([PDF, Buffer.alloc(2048)], "groot.pdf"), 1024, noVirusScanner)).toEqual({ error: "errors.upload.tooBig" });
  });

  it("accepts a phone photo and names it after its real type", async () => {
    const result = await readUpload(new File([JPEG], "IMG_2041.HEIC"), 1024, noVirusScanner);
    expect(result).toMatchObject({ upload: { contentType: "image/jpeg", fileName: "IMG_2041.jpg", size: JPEG.length } });
  });

  it("treats an empty file input as no file", async () => {
    expect(await readUpload(new File([], ""), 1024, noVirusScanner)).toEqual({ upload: null });
    expect(await readUpload(null, 1024, noVirusScanner)).toEqual({ upload: null });
  });

  it("cleans names: no folders, no direction tricks, no markup", () => {
    expect(sanitizeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("loon\u202Efdp.exe", "application/pdf")).toBe("loonfdp.pdf");
    expect(sanitizeFileName("<script>.pdf", "application/pdf")).toBe("_script_.pdf");
    expect(sanitizeFileName("", "image/png")).toBe("bestand.png");
  });
});
