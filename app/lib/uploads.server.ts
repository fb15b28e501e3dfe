import { createHash } from "node:crypto";
import type { UploadContentType } from "./db-schema";
import { logger } from "./logger.server";
import type { VirusScanner } from "./virus-scan.server";

/**
 * Uploaded files are judged by their bytes, not their name: a .exe renamed to .pdf is
 * refused. Phone photos arrive as JPEG (or PNG from a screenshot); documents as PDF.
 */

const SIGNATURES: Array<{ type: UploadContentType; bytes: number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffContentType(bytes: Uint8Array): UploadContentType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.type ?? null;
}

const EXTENSION: Record<UploadContentType, string> = { "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png" };

/** A name safe to show and to send back: no folders, control or direction characters, short. */
export function sanitizeFileName(name: string, type: UploadContentType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // control characters and bidirectional overrides (which can disguise "fdp.exe" as "exe.pdf")
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 80);
  return `${cleaned || "bestand"}${EXTENSION[type]}`;
}

export type Upload = { fileName: string; contentType: UploadContentType; size: number; sha256: string; content: Buffer };

/**
 * `null` when no file was chosen; an i18n error key when the file cannot be accepted. Every
 * file is scanned here, before any caller can store it; the scanner is a required argument so
 * that a new upload form cannot forget it.
 */
export async function readUpload(value: FormDataEntryValue | null, maxBytes: number, scanner: VirusScanner): Promise<{ upload: Upload | null } | { error: string }> {
  if (!value || typeof value === "string" || value.size === 0) return { upload: null };
  if (value.size > maxBytes) return { error: "errors.upload.tooBig" };
  const content = Buffer.from(await value.arrayBuffer());
  const contentType = sniffContentType(content);
  if (!contentType) return { error: "errors.upload.wrongType" };
  const sha256 = createHash("sha256").update(content).digest("hex");
  const refused = await scanUpload(scanner, { content, contentType, sha256 });
  if (refused) return { error: refused };
  return { upload: { fileName: sanitizeFileName(value.name, contentType), contentType, size: content.length, sha256, content } };
}

/**
 * The scan and its log line. The line names the file by its hash, never by its name: residents
 * name files after themselves ("loonstrook 123456782.pdf"). No verdict (scanner down or too
 * slow) refuses the file too: an unchecked file must not reach a klantmanager.
 */
async function scanUpload(scanner: VirusScanner, file: { content: Buffer; contentType: UploadContentType; sha256: string }): Promise<string | null> {
  const started = performance.now();
  const about = { scanner: scanner.name, sha256: file.sha256, contentType: file.contentType, size: file.content.length };
  try {
    const result = await scanner.scan(file.content);
    const ms = Math.round(performance.now() - started);
    if (result.verdict === "infected") {
      logger.warn({ ...about, ms, verdict: "infected", signature: result.signature }, "upload refused: virus found");
      return "errors.upload.infected";
    }
    logger.info({ ...about, ms, verdict: "clean" }, "upload scanned");
    return null;
  } catch (error) {
    logger.error({ ...about, ms: Math.round(performance.now() - started), err: error instanceof Error ? error.message : String(error) }, "upload refused: could not be scanned");
    return "errors.upload.scanFailed";
  }
}

/**
 * A stored file sent back: always a download, with the type its bytes have and nosniff, so a
 * browser never runs it as a page.
 */
export function attachmentResponse(document: { file_name: string; content_type: string; content: Uint8Array }): Response {
  return new Response(new Uint8Array(document.content), {
    headers: {
      "Content-Type": document.content_type,
      "Content-Disposition": `attachment; filename="${document.file_name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(document.file_name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
