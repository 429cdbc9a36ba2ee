import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TOKEN_SECRET } from '../database/token-secret';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LocaleController } from './locale.controller';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG, TOKEN_SECRET],
      // A KeyObject made once: given a string, jsonwebtoken tries (and fails) to parse it as a public key on every request.
      useFactory: (config: AppConfig, secret: string) => ({
        secret: createSecretKey(Buffer.from(secret)),
        signOptions: { expiresIn: `${config.tokenHours}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, LocaleController],
  providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
