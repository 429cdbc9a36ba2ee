import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { can, type Action } from '@crm/domain';
import { refuseBadBody } from '../common/request-guards';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Actor, BEFORE_PASSWORD_CHANGE, IS_PUBLIC, PERMISSION_ACTION } from '../common/actor';
import { AuthService } from './auth.service';
import { msg, vocabularyLabel } from '../common/i18n';

export const TOKEN_COOKIE = 'crm_token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every API route needs a valid token (header or the dashboard's cookie) unless marked @Public(),
 * and a role the permission table lets do the route's action on its resource. Row rules (own
 * college, own task…) need the record, so the services apply them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    refuseBadBody(context.switchToHttp().getRequest<Request>());
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const token = bearer ?? (request.cookies?.[TOKEN_COOKIE] as string | undefined);
    const session = token ? await this.auth.session(token) : null;
    const actor = session?.actor;
    if (!actor) throw new UnauthorizedException({ message: msg(token ? 'auth.sessionExpired' : 'http.unauthorized') });
    // A cookie goes with every request the browser makes, whichever page asks: a write that only
    // the cookie authorises must come from this server's own pages.
    if (!bearer && !SAFE_METHODS.has(request.method) && !this.fromOwnOrigin(request)) {
      throw new ForbiddenException({ message: msg('security.crossSite') });
    }
    request.actor = actor;
    // a password someone else chose (the admin's initial one) opens nothing but the way to change it
    if (session.mustChangePassword && !this.reflector.get<boolean>(BEFORE_PASSWORD_CHANGE, context.getHandler())) {
      throw new ForbiddenException({ message: msg('auth.mustChangePassword'), mustChangePassword: true });
    }
    const resource = Reflect.getMetadata(PATH_METADATA, context.getClass()) as string;
    const action = this.reflector.get<Action | undefined>(PERMISSION_ACTION, context.getHandler());
    if (!action || !can(actor, resource, action)) {
      throw new ForbiddenException({
        message: msg('security.roleMayNot', {
          role: vocabularyLabel('roles', actor.role),
          action: action ?? '—',
          resource,
        }),
      });
    }
    return true;
  }

  /** Origin (or, without it, Referer) names this server, or an origin CRM_CORS_ORIGINS lists. No header: not a browser's cross-site request. */
  private fromOwnOrigin(request: Request): boolean {
    const source = request.headers.origin ?? request.headers.referer;
    if (source === undefined) return true;
    let origin: URL;
    try {
      origin = new URL(source);
    } catch {
      return false;
    }
    if (this.config.corsOrigins.includes(origin.origin)) return true;
    const forwarded = this.config.trustProxy ? request.get('x-forwarded-host')?.split(',')[0].trim() : undefined;
    return origin.host === (forwarded ?? request.get('host'));
  }
}
