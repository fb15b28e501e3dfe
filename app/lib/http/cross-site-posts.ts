import type { NextFunction, Request, Response } from "express";
import { DEFAULT_LANGUAGE, parseLocalizedPath } from "../i18n";
import { logger } from "../logger.server";
import { calmPageHtml } from "./calm-page";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A form posted from another site (its Origin is not ours) is answered here, before React
 * Router sees it, with a calm 403 page in the page's language. React Router would refuse it too,
 * but with a bare 400 and an error in the log; the root middleware checks the token after this.
 */
export function refuseCrossSitePosts(publicUrl: string | undefined) {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get("origin");
    if (SAFE_METHODS.has(req.method) || !origin) return next();
    const ownOrigin = `${req.protocol}://${req.get("host")}`;
    if (origin === ownOrigin || origin === publicOrigin) return next();
    logger.warn({ path: req.path }, "cross-site post refused");
    const lang = parseLocalizedPath(req.path).lang ?? DEFAULT_LANGUAGE;
    res.status(403).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.send(calmPageHtml(lang, "forbidden", req.path.replace(/\.data$/, "")));
  };
}
