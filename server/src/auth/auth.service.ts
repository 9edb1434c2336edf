import { Inject, Injectable } from '@nestjs/common';
import type { ActingUser } from '../common/auth/acting-user.js';
import { AppError, fieldError, unauthenticated } from '../common/errors/app-error.js';
import { UsersRepository } from '../users/users.repository.js';
import type { User } from '../users/user.entity.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { Sessions } from './sessions.js';

export interface UserView {
  id: string;
  email: string;
  fullName: string;
  role: User['role'];
  organizationId: string;
}

export const LOGIN_RATE_LIMITER = Symbol('LOGIN_RATE_LIMITER');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: Sessions,
    @Inject(LOGIN_RATE_LIMITER) private readonly limiter: LoginRateLimiter,
  ) {}

  /**
   * An e-mail address is unique within an organisation, not across them (see
   * docs/security.md), so it may name active accounts in several: the
   * password picks the account. Only when it opens more than one (one person
   * with the same password in two organisations) does the answer name them,
   * to someone who has just proved that password, and `organizationId` picks.
   */
  async login(
    email: string,
    password: string,
    ip: string,
    organizationId?: string,
  ): Promise<{ accessToken: string; user: UserView }> {
    this.limiter.hit(ip, email);
    const candidates = await this.users.findActiveWithPasswordByEmail(email, organizationId);
    // Always compare at least once, so an unknown email takes as long as a wrong password.
    if (candidates.length === 0) await verifyPassword(password, await dummyHash());
    const matches: User[] = [];
    for (const candidate of candidates) {
      if (await verifyPassword(password, candidate.passwordHash)) matches.push(candidate);
    }
    if (matches.length === 0) throw unauthenticated('wrong_login', 'Wrong email or password');
    if (matches.length > 1) {
      const organizations = await this.users.organizationsOf(matches.map((user) => user.id));
      throw new AppError(
        'choose_organization',
        'This email address has an account in more than one organisation; choose one',
        {
          details: { organizations },
        },
      );
    }
    const [user] = matches;
    // A hash from before the pre-hash (see password.ts) is replaced now that the password is known.
    if (needsRehash(user.passwordHash))
      await this.users.replacePasswordHash(user, user.passwordHash, await hashPassword(password));
    const accessToken = await this.sessions.start(user);
    return { accessToken, user: toUserView(user) };
  }

  /** Ends the session the request came with; the token answers 401 from now on. */
  async logout(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.end(sessionId);
  }

  /**
   * Checking the current password is a password guess like a sign-in, so it counts against
   * the same limit: a stolen session cannot be used to find the password faster than login.
   * A new password ends every session of the user, this one too: whoever held an
   * old token (a lost laptop, a shared computer) is out at once.
   */
  async changePassword(actor: ActingUser, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    this.limiter.hit(ip, actor.email);
    const user = await this.users.findWithPasswordById(actor.id);
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw fieldError('currentPassword', 'not_current_password', 'is not your current password');
    }
    await this.users.setOwnPasswordHash(actor, await hashPassword(newPassword));
  }
}

export function toUserView(user: Pick<User, 'id' | 'email' | 'fullName' | 'role' | 'organizationId'>): UserView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    organizationId: user.organizationId,
  };
}
