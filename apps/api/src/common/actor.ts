import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Action, Role } from '@crm/domain';

/** The logged-in staff member a request acts for, as stored when the request came in. */
export interface Actor {
  id: number;
  name: string;
  /** The login name: the audit trail shows it beside the display name, which anyone may set to anything. */
  username?: string;
  role: Role;
  /** The account's unit: for a college account, its college (the row rule "own college"). */
  unitId: number | null;
}

export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest().actor,
);

export const IS_PUBLIC = 'crm:isPublic';
/** Routes anyone may call without a token (login, logout, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const BEFORE_PASSWORD_CHANGE = 'crm:beforePasswordChange';
/**
 * Routes an account whose password someone else chose may call before it picks its own (who am I,
 * change my password); every other route answers 403 until then.
 */
export const AnswersBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

export const PERMISSION_ACTION = 'crm:action';
/**
 * The action of the permission table a route performs; its resource is the controller's path.
 * Also written into the OpenAPI document (`x-crm-action`), where the matrix test reads it.
 */
export const Can = (action: Action) =>
  applyDecorators(SetMetadata(PERMISSION_ACTION, action), ApiExtension('x-crm-action', action));
