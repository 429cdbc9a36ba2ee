import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@crm/domain';

/** The logged-in staff member a request acts for, as read from the token. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest().actor);

export const IS_PUBLIC = 'crm:isPublic';
/** Routes anyone may call without a token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
