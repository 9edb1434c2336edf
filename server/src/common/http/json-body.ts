import type { NextFunction, Request, Response } from 'express';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Writes carry JSON. A body of another type (text/plain, a form, none named)
 * would reach the handlers as no body at all, so a PUT would answer 200 and
 * change nothing; it is a 415 instead. No route takes multipart uploads.
 */
export function requireJsonBody() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WRITES.has(req.method) || !hasBody(req) || req.is('application/json')) return next();
    res.status(415).json({ statusCode: 415, message: 'Send the request body as JSON (Content-Type: application/json)' });
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
