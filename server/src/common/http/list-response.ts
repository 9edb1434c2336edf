import type { Response } from 'express';
import type { ListResult } from '../list/list-spec.js';

/** Sets `Content-Range: <resource> <first>-<last>/<total>` and returns the rows. */
export function listResponse<T>(res: Response, resource: string, result: ListResult<T>): T[] {
  const [first] = result.range;
  const span = result.rows.length > 0 ? `${first}-${first + result.rows.length - 1}` : '*';
  res.setHeader('Content-Range', `${resource} ${span}/${result.total}`);
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  return result.rows;
}
