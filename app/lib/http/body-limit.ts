import type { NextFunction, Request, Response } from "express";

/**
 * Refuses request bodies over `maxBytes` with 413, before any route reads them: by the
 * declared Content-Length at once, and by counting for bodies sent without one.
 */
export function bodyLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
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
