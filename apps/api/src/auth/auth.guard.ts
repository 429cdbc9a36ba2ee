import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from './actor';
import { AuthService } from './auth.service';
import { msg } from '../common/i18n';

export const TOKEN_COOKIE = 'crm_token';

/** Every API route needs a valid token (header or the dashboard's cookie) unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: unknown }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (request.cookies?.[TOKEN_COOKIE] as string | undefined);
    const actor = token ? await this.auth.verify(token) : null;
    if (!actor) throw new UnauthorizedException({ message: msg(token ? 'auth.sessionExpired' : 'http.unauthorized') });
    request.actor = actor;
    return true;
  }
}
