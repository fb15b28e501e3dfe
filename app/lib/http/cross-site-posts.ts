import type { NextFunction, Request, Response } from "express";
import { DEFAULT_LANGUAGE, parseLocalizedPath } from "../i18n";
import { logger } from "../logger.server";
import { calmPage } from "./calm-page";

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A request's Origin is ours when the browser sent none, or it is the address asked for or PUBLIC_URL's. */
export function isOwnOrigin(origin: string | null | undefined, requestOrigin: string, publicUrl: string | undefined): boolean {
  return !origin || origin === requestOrigin || (publicUrl !== undefined && origin === new URL(publicUrl).origin);
}

/**
 * A form posted from another site (its Origin is not ours) is answered here, before React
 * Router sees it, with a calm 403 page in the page's language. React Router would refuse it too,
 * but with a bare 400 and an error in the log; the root middleware checks the token after this.
 */
export function refuseCrossSitePosts(publicUrl: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || isOwnOrigin(req.get("origin"), `${req.protocol}://${req.get("host")}`, publicUrl)) return next();
    logger.warn({ path: req.path }, "cross-site post refused");
    const page = calmPage(parseLocalizedPath(req.path).lang ?? DEFAULT_LANGUAGE, "forbidden", req.path);
    res.status(page.status).set(page.headers).send(page.body);
  };
}
