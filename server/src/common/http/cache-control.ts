import type { NextFunction, Request, Response } from 'express';

/** API paths (below /api) whose answers hold no personal data: the health probe and the shared reference list. */
const WITHOUT_PERSONAL_DATA = /^\/(health|integration-domains)(\/|$)/;

/**
 * Every other API answer may carry personal data (the login answer a token),
 * so no browser, proxy or shared computer may keep a copy: `no-store`. Set
 * before the route runs, so error answers carry it too.
 */
export function noStoreForPersonalData() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WITHOUT_PERSONAL_DATA.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
