import type { NextFunction, Request, Response } from "express";

/**
 * Refuses request bodies over the limit with 413, before any route reads them: by the
 * declared Content-Length at once, and by counting for bodies sent without one. Forms with a
 * file (multipart) may be larger than plain forms.
 */
export function bodyLimit(plainMaxBytes: number, multipartMaxBytes = plainMaxBytes) {
  return (req: Request, res: Response, next: NextFunction) => {
    const maxBytes = (req.headers["content-type"] ?? "").startsWith("multipart/form-data") ? multipartMaxBytes : plainMaxBytes;
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBytes) return refuse(res);
    if (req.headers["transfer-encoding"] && req.method !== "GET" && req.method !== "HEAD") {
      let seen = 0;
      req.on("data", (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > maxBytes && !res.headersSent) {
          refuse(res);
          req.destroy();
        }
      });
    }
    next();
  };
}

function refuse(res: Response) {
  res.status(413).set({ "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).send("Payload Too Large");
}
