import type { NextFunction, Request, Response } from "express";

// Baseline headers on every response. The nonce-based Content-Security-Policy follows with
// the security hardening work; these already stop framing, MIME sniffing and referrer leaks.
export function securityHeaders(isProduction: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self' http: https:",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    });
    if (isProduction) res.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}
