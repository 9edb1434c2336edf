import { isUuid } from '../validation/uuid.js';
import type { ActingUser } from './acting-user.js';

/** The acting user's id as an SQL literal for a row condition (it comes from our own users table; checked anyway). */
export function actorIdSql(actor: ActingUser): string {
  if (!isUuid(actor.id)) throw new Error('acting user without a UUID');
  return `'${actor.id}'::uuid`;
}
