import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestLocale } from './catalogue';

/**
 * The caller's locale as a handler parameter, for answers that are not errors but speak to the
 * user (e.g. an import preview's reasons): `list(@RequestLocale() locale: Locale)`.
 */
export const RequestLocale = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestLocale(context.switchToHttp().getRequest()),
);
