import type { NextFunction, Request, Response } from "express";
import onHeaders from "on-headers";
import { NON_DOCUMENT_POLICY } from "./content-security-policy";

// Headers on every response. A page sets its own nonce-based Content-Security-Policy
// (app/entry.server.tsx); any response that did not (files, data, downloads, errors) gets the
// strictest one just before its headers go out, so no response is ever without a policy.
export function securityHeaders(isProduction: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      // Only what the portal uses: nothing. A phone photo is picked through the file input.
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    if (isProduction) res.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    onHeaders(res, function addPolicyWhenMissing(this: Response) {
      if (!this.getHeader("Content-Security-Policy")) this.setHeader("Content-Security-Policy", NON_DOCUMENT_POLICY);
    });
    next();
  };
}
