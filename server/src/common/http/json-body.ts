import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import type { ErrorCode } from '../errors/error-codes.js';
import { JSON_LIMITS, jsonShapeProblem, type JsonShapeLimits } from '../validation/json-shape.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** The one route that takes a file: a spreadsheet upload (multipart/form-data, read by its own interceptor). */
const MULTIPART_ROUTES = new Set(['POST /imports']);

/**
 * Writes carry JSON. A body of another type (text/plain, a form, none named)
 * would reach the handlers as no body at all, so a PUT would answer 200 and
 * change nothing; it is a 415 instead. Only the spreadsheet upload takes
 * multipart.
 */
export function requireJsonBody() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WRITES.has(req.method) || !hasBody(req) || req.is('application/json')) return next();
    if (req.is('multipart/form-data') && MULTIPART_ROUTES.has(`${req.method} ${req.path.replace(/\/$/, '')}`))
      return next();
    res.status(415).json({
      statusCode: 415,
      code: 'unsupported_media_type',
      message: 'Send the request body as JSON (Content-Type: application/json)',
    });
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Reads a JSON body in three cheap steps before anything else looks at it:
 * the bytes (at most `limit`), their shape (bounded nesting, keys, array
 * items and values, see JSON_LIMITS: checked on the raw text, so a body of
 * 50,000 keys is refused after reading about 200 of them and never parsed),
 * and strict UTF-8 (invalid bytes are a 400, not silently U+FFFD). Only then
 * JSON.parse, and class-validator after it. Refusals answer here, in the
 * API's error shape.
 */
export function parseJsonBody(limit = '1mb', limits: JsonShapeLimits = JSON_LIMITS) {
  const readBytes = express.raw({ type: 'application/json', limit });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parse = (req: Request, res: Response, next: NextFunction) => {
    if (!Buffer.isBuffer(req.body)) return next();
    const refuse = (status: number, code: ErrorCode, message: string) => {
      req.body = undefined;
      res.status(status).json({ statusCode: status, code, message });
    };
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8')
      return refuse(415, 'unsupported_media_type', 'Send the request body as UTF-8 JSON');
    const bytes: Buffer = req.body;
    // No bytes is no body, as express.json had it: a DELETE or an empty POST.
    if (bytes.length === 0) {
      req.body = {};
      return next();
    }
    const shape = jsonShapeProblem(bytes, limits);
    if (shape)
      return refuse(
        shape.kind === 'depth' ? 400 : 413,
        shape.kind === 'depth' ? 'body_too_deep' : 'body_too_large',
        `The request body ${shape.message}`,
      );
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return refuse(400, 'not_utf8', 'The request body is not valid UTF-8');
    }
    // As express.json's strict mode: a scalar is no request body.
    const first = /\S/.exec(text)?.[0];
    if (first === undefined) return refuse(400, 'malformed_json', 'Malformed JSON in request body');
    if (first !== '{' && first !== '[') return refuse(400, 'body_not_object', 'The request body must be a JSON object');
    try {
      req.body = JSON.parse(text) as unknown;
    } catch {
      return refuse(400, 'malformed_json', 'Malformed JSON in request body');
    }
    next();
  };
  return [readBytes, parse];
}
