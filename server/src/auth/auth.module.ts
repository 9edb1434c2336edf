import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService, LOGIN_RATE_LIMITER } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.jwtExpiresIn, issuer: 'doorbraak' },
        verifyOptions: { issuer: 'doorbraak' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: LOGIN_RATE_LIMITER,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => new LoginRateLimiter(config.loginRateLimit),
    },
  ],
})
export class AuthModule {}
