import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../common/validation/uuid.js';
import { inOrganization, openUnitOfWork, type OpenUnitOfWork } from '../common/database/unit-of-work.js';
import type { Role } from './roles.js';

/** What the guard needs of a signed-in user; loaded with the session in one query. */
export interface SessionUser {
  id: string;
  organizationId: string;
  role: Role;
  email: string;
  fullName: string;
}

/** The claims of an access token: the user and the session (`jti`, a row of `sessions`). */
export interface TokenPayload {
  sub?: unknown;
  jti?: unknown;
}

/**
 * Server-side sessions behind the bearer tokens. A token is valid only while
 * its row in `sessions` is neither revoked nor expired and its user is
 * active, so ending sessions takes effect at the next request: logout ends
 * one; a password change, an admin's reset, a role change and deactivation
 * end every session of the user (endAllSessions, in the same transaction as
 * the change). Reactivating an account revives nothing: the rows stay revoked.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** Opens a session for the user and returns its access token. */
  async start(user: Pick<SessionUser, 'id' | 'organizationId' | 'role'>): Promise<string> {
    const sessionId = randomUUID();
    const token = await this.jwt.signAsync(
      { sub: user.id, org: user.organizationId, role: user.role },
      { jwtid: sessionId },
    );
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    // Sign-in runs before any request's unit of work: sessions are visible only with their user's organisation.
    await inOrganization(this.dataSource, user.organizationId, async () => {
      await this.dataSource.query(`INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, to_timestamp($3))`, [
        sessionId,
        user.id,
        exp,
      ]);
      // Housekeeping on the way: this user's sessions that can no longer be used.
      await this.dataSource.query(`DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()`, [user.id]);
    });
    return token;
  }

  /**
   * The user of a live session and the request's unit of work, or null.
   * Every signed-in request starts here, so it costs two round trips: BEGIN,
   * and one statement over two primary keys that checks the session (live,
   * its user active: revocation takes effect at the next request) and sets
   * the unit's organisation. The caller runs or abandons the unit.
   */
  async openRequest(payload: TokenPayload): Promise<{ user: SessionUser; unit: OpenUnitOfWork } | null> {
    const { sub, jti } = payload;
    if (typeof sub !== 'string' || typeof jti !== 'string' || !isUuid(sub) || !isUuid(jti)) return null;
    // Before the organisation is known: the SECURITY DEFINER function does this one lookup past row-level security.
    const opened = await openUnitOfWork<SessionUser>(
      this.dataSource,
      `SELECT id, organization_id AS "organizationId", role, email, full_name AS "fullName",
              set_config('app.organization_id', organization_id::text, true) AS "organizationSet"
         FROM auth_session_user($1, $2)`,
      [jti, sub],
    );
    if (!opened) return null;
    const { id, organizationId, role, email, fullName } = opened.row;
    return { user: { id, organizationId, role, email, fullName }, unit: opened.unit };
  }

  /** Ends one session (logout). */
  async end(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }
}

/** Ends every session of a user, inside the transaction that changes what the user may do. */
export async function endAllSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
}

const SESSION_ID = Symbol('sessionId');

/** Set by the guard: the session the request came with, for logout. */
export function setRequestSession(request: Request, sessionId: string): void {
  (request as Request & { [SESSION_ID]?: string })[SESSION_ID] = sessionId;
}

export function requestSession(request: Request): string | undefined {
  return (request as Request & { [SESSION_ID]?: string })[SESSION_ID];
}
