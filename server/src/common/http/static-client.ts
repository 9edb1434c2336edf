import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** A built file and its precompressed copies (written by client/scripts/precompress.mjs). */
interface ClientFile {
  file: string;
  br?: string;
  gzip?: string;
}

// Vite puts content-hashed files under /assets: a new build has new names, so browsers may keep them for good.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html names the current assets: asked again (revalidated) every time, so a new build shows at once.
const REVALIDATE = 'no-cache';

/** The files of the build, by URL path, read once at start (no disk look-up per request). */
function indexFiles(clientDir: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>();
  const walk = (dir: string, urlPath: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // e.g. Vite's .vite/manifest.json
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${urlPath}${entry.name}/`);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        files.set(`${urlPath}${entry.name}`, {
          file: full,
          br: names.has(`${entry.name}.br`) ? `${full}.br` : undefined,
          gzip: names.has(`${entry.name}.gz`) ? `${full}.gz` : undefined,
        });
      }
    }
  };
  walk(clientDir, '/');
  return files;
}

/**
 * Serves the built react-admin client: its files, brotli or gzip copies to browsers that accept them
 * (`Content-Encoding`, `Vary: Accept-Encoding`), hashed assets cached for good, and index.html for every other
 * non-API GET (client-side routes). Requests below /api pass straight on, without touching the disk.
 * Undefined when there is no build (the API alone).
 */
export function staticClient(clientDir: string): RequestHandler | undefined {
  const index = path.join(clientDir, 'index.html');
  if (!existsSync(index)) return undefined;
  const files = indexFiles(clientDir);
  // Files added after the start (a rebuild while running) are still found, by the disk.
  const fromDisk = express.static(clientDir, { index: false, maxAge: '1h', dotfiles: 'ignore' });

  const sendIndex = (res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(index, { cacheControl: false }, (error) => error && next(error));
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/'))
      return next();
    const known = files.get(req.path);
    // A missing asset (a chunk of an older build) is a 404, not index.html: the page's import then fails visibly.
    if (!known)
      return void fromDisk(req, res, () =>
        req.method === 'GET' && !req.path.startsWith('/assets/') ? sendIndex(res, next) : next(),
      );

    let file = known.file;
    if (known.br || known.gzip) {
      res.vary('Accept-Encoding');
      // Brotli when accepted (smaller), whatever order the browser lists them in; without the header, neither.
      const accepts = (encoding: string) =>
        req.headers['accept-encoding'] !== undefined && req.acceptsEncodings(encoding) === encoding;
      const encoding = known.br && accepts('br') ? 'br' : known.gzip && accepts('gzip') ? 'gzip' : undefined;
      if (encoding) {
        file = encoding === 'br' ? known.br! : known.gzip!;
        res.setHeader('Content-Encoding', encoding);
        res.type(path.extname(known.file)); // the original's type, not the .br/.gz file's
      }
    }
    res.setHeader('Cache-Control', req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    res.sendFile(file, { cacheControl: false, dotfiles: 'allow' }, (error) => error && next(error));
  };
}
