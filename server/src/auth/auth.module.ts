import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService, LOGIN_RATE_LIMITER } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { Sessions } from './sessions.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => ({
        // A key object made once: given the string, jsonwebtoken tries to parse it as a
        // public key on every verification and falls back (9-14 % of a request's CPU).
        secretOrKeyProvider: secretKeyOnce(config.jwtSecret),
        signOptions: { expiresIn: config.jwtExpiresIn, issuer: 'doorbraak', algorithm: 'HS256' },
        // Pinned: a token must be what this server signs, whatever its header claims.
        verifyOptions: { issuer: 'doorbraak', algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    Sessions,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: LOGIN_RATE_LIMITER,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => new LoginRateLimiter(config.loginRateLimit),
    },
  ],
})
export class AuthModule {}

function secretKeyOnce(secret: string) {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return () => key;
}
