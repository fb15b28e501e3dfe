import net from "node:net";
import type { Env } from "./env.server";
import { logger } from "./logger.server";

/**
 * Every uploaded file is scanned before it is stored: a payslip photo is opened later by a
 * klantmanager on a municipal workstation, so a file that carries malware must never get there.
 * One seam with two implementations: clamd (ClamAV's daemon) over TCP when CLAMAV_HOST is set,
 * and no scan at all when it is not (local development and tests without a scanner).
 */
export type ScanVerdict = { verdict: "clean" } | { verdict: "infected"; signature: string };
export type VirusScanner = { name: string; scan(content: Buffer): Promise<ScanVerdict> };

/** The scanner could not give a verdict (down, too slow, an error reply): the upload is refused. */
export class ScannerUnavailableError extends Error {
  override name = "ScannerUnavailableError";
}

export const noVirusScanner: VirusScanner = {
  name: "none",
  async scan() {
    return { verdict: "clean" };
  },
};

// clamd reads a stream in chunks; its own limit (StreamMaxLength, 25 MB by default) must be at
// least MAX_UPLOAD_BYTES, or bigger files get an error reply and are refused.
const CHUNK_BYTES = 64 * 1024;
const MAX_REPLY_BYTES = 4096;

/**
 * clamd's INSTREAM command (the protocol clamdscan speaks): `zINSTREAM\0`, then the file in
 * chunks that each start with their length as 4 bytes big-endian, then a chunk of length 0.
 * The answer ends with \0: `stream: OK` or `stream: <signature> FOUND`. A connection per file:
 * clamd closes it after the answer anyway.
 */
export function createClamavScanner(options: { host: string; port: number; timeoutMs: number }): VirusScanner {
  return { name: "clamav", scan: (content) => scanWithClamd(options, content) };
}

function scanWithClamd(options: { host: string; port: number; timeoutMs: number }, content: Buffer): Promise<ScanVerdict> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: options.host, port: options.port });
    let reply = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: ScanVerdict | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    // One deadline for connecting, sending and the verdict: a hung scanner must not hold the resident's request.
    const timer = setTimeout(() => finish(new ScannerUnavailableError(`no answer from clamd within ${options.timeoutMs} ms`)), options.timeoutMs);

    socket.on("connect", () => {
      socket.write("zINSTREAM\0");
      for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) {
        const chunk = content.subarray(offset, offset + CHUNK_BYTES);
        const length = Buffer.alloc(4);
        length.writeUInt32BE(chunk.length);
        socket.write(length);
        socket.write(chunk);
      }
      socket.write(Buffer.alloc(4));
    });
    socket.on("data", (data) => {
      reply = Buffer.concat([reply, data]);
      const end = reply.indexOf(0);
      if (end >= 0) finish(parseReply(reply.subarray(0, end).toString("utf8")));
      else if (reply.length > MAX_REPLY_BYTES) finish(new ScannerUnavailableError("unexpected answer from clamd"));
    });
    socket.on("end", () => (reply.length > 0 ? finish(parseReply(reply.toString("utf8"))) : finish(new ScannerUnavailableError("clamd closed the connection without an answer"))));
    socket.on("error", (error) => finish(new ScannerUnavailableError(`clamd unreachable: ${error.message}`)));
  });
}

function parseReply(text: string): ScanVerdict | Error {
  const answer = text.replace(/\0/g, "").trim();
  if (/^stream: OK$/.test(answer)) return { verdict: "clean" };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found) return { verdict: "infected", signature: found[1]! };
  // "INSTREAM size limit exceeded. ERROR" and the like: no verdict, so no file.
  return new ScannerUnavailableError(`clamd answered: ${answer.slice(0, 200)}`);
}

const scanners = new WeakMap<object, VirusScanner>();
let warnedNoScanner = false;

/** The scanner the configuration asks for; one per configuration object. */
export function getVirusScanner(env: Pick<Env, "CLAMAV_HOST" | "CLAMAV_PORT" | "CLAMAV_TIMEOUT_MS" | "isProduction">): VirusScanner {
  let scanner = scanners.get(env);
  if (!scanner) {
    scanner = env.CLAMAV_HOST ? createClamavScanner({ host: env.CLAMAV_HOST, port: env.CLAMAV_PORT, timeoutMs: env.CLAMAV_TIMEOUT_MS }) : noVirusScanner;
    scanners.set(env, scanner);
    if (!env.CLAMAV_HOST && env.isProduction && !warnedNoScanner) {
      warnedNoScanner = true;
      logger.warn("CLAMAV_HOST is not set: uploaded files are not scanned for viruses");
    }
  }
  return scanner;
}
