import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError, unauthenticated } from '../common/errors/app-error.js';
import { UsersRepository } from '../users/users.repository.js';
import type { User } from '../users/user.entity.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

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
    private readonly jwt: JwtService,
    @Inject(LOGIN_RATE_LIMITER) private readonly limiter: LoginRateLimiter,
  ) {}

  async login(email: string, password: string, ip: string): Promise<{ accessToken: string; user: UserView }> {
    this.limiter.hit(ip, email);
    const user = await this.users.findWithPasswordByEmail(email);
    // Always compare, so an unknown email takes as long as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || !user.active) throw unauthenticated('Wrong email or password');
    const accessToken = await this.jwt.signAsync({ sub: user.id, org: user.organizationId, role: user.role });
    return { accessToken, user: toUserView(user) };
  }

  /**
   * Checking the current password is a password guess like a sign-in, so it counts against
   * the same limit: a stolen session cannot be used to find the password faster than login.
   */
  async changePassword(actor: ActingUser, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    this.limiter.hit(ip, actor.email);
    const user = await this.users.findWithPasswordById(actor.id);
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw fieldError('currentPassword', 'is not your current password');
    }
    await this.users.setOwnPasswordHash(actor, await hashPassword(newPassword));
  }
}

export function toUserView(user: Pick<User, 'id' | 'email' | 'fullName' | 'role' | 'organizationId'>): UserView {
  return { id: user.id, email: user.email, fullName: user.fullName, role: user.role, organizationId: user.organizationId };
}
