import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Request, Response } from 'express';
import { withMessage } from '../common/i18n';
import { LOCALES, ROLES, type Locale } from '@crm/domain';
import { Actor, AnswersBeforePasswordChange, Can, CurrentActor, Public } from '../common/actor';
import { TOKEN_COOKIE } from './auth.guard';
import { AuthService, LoginAnswer } from './auth.service';
import { ApiErrorResponses, ApiErrorSchema, DoneSchema } from '../common/api-responses';

class LoginBody {
  @ApiProperty()
  @IsString(withMessage('validation.text'))
  @MinLength(1, withMessage('validation.notEmpty'))
  @MaxLength(60, withMessage('validation.maxLength', { max: 60 }))
  username: string;
  @ApiProperty()
  @IsString(withMessage('validation.text'))
  @MinLength(1, withMessage('validation.notEmpty'))
  @MaxLength(200, withMessage('validation.maxLength', { max: 200 }))
  password: string;
}

class ChangePasswordBody {
  @ApiProperty()
  @IsString(withMessage('validation.text'))
  @MinLength(1, withMessage('validation.notEmpty'))
  @MaxLength(200, withMessage('validation.maxLength', { max: 200 }))
  currentPassword: string;
  @ApiProperty({ description: 'At least 10 characters, not the username, not a common password.' })
  @IsString(withMessage('validation.text'))
  @MaxLength(200, withMessage('validation.maxLength', { max: 200 }))
  newPassword: string;
}

class SessionUser {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty() username: string;
  @ApiProperty({ type: 'string', enum: [...ROLES] }) role: string;
  @ApiProperty({ type: 'integer', nullable: true }) unitId: number;
  @ApiProperty({ description: 'The password was chosen by someone else; the dashboard asks for a new one.' })
  mustChangePassword: boolean;
  @ApiProperty({
    type: 'string',
    enum: [...LOCALES, null],
    nullable: true,
    description: 'The interface language the account chose; null follows the browser.',
  })
  locale: Locale;
}

class LoginAnswerBody {
  @ApiProperty() token: string;
  @ApiProperty({
    type: () => SessionUser,
    description: 'The account, with its interface language (null: follow the browser).',
  })
  user: SessionUser;
}

@ApiTags('auth')
@ApiErrorResponses()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with a username and password; answers a session token and the account.' })
  @ApiOkResponse({
    type: LoginAnswerBody,
    description: 'A signed token; the dashboard also gets it as an httpOnly cookie.',
  })
  @ApiTooManyRequestsResponse({
    type: ApiErrorSchema,
    description:
      'Too many failures for this username from this address (10), for this username from all addresses (100) or from this address (30) in 15 minutes; Retry-After says when to try again.',
  })
  async login(
    @Body() body: LoginBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginAnswer> {
    const answer = await this.auth.login(body.username, body.password, request.ip ?? 'unknown');
    this.setCookie(request, response, answer.token);
    return answer;
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Ends the session: its token stops working at once (the account’s other sessions go on); the cookie is cleared.',
  })
  @ApiOkResponse({ type: DoneSchema })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<{ ok: true }> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (request.cookies?.[TOKEN_COOKIE] as string | undefined);
    if (token) await this.auth.logout(token);
    response.clearCookie(TOKEN_COOKIE, { path: '/api' });
    return { ok: true };
  }

  @Get('me')
  @Can('self')
  @AnswersBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The account of this session: name, role, unit, language, whether it must change its password.',
  })
  @ApiOkResponse({ type: SessionUser })
  me(@CurrentActor() actor: Actor): Promise<LoginAnswer['user']> {
    return this.auth.profile(actor);
  }

  @Post('password')
  @Can('self')
  @AnswersBeforePasswordChange()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Changes the caller’s own password; every other session of the account ends, this one gets a new token. Wrong current passwords count as failed logins (429 with Retry-After past the limit).',
  })
  @ApiOkResponse({ type: LoginAnswerBody })
  @ApiTooManyRequestsResponse({
    type: ApiErrorSchema,
    description: 'Too many wrong passwords for this account; Retry-After says when to try again.',
  })
  async changePassword(
    @Body() body: ChangePasswordBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginAnswer> {
    const answer = await this.auth.changePassword(
      actor,
      body.currentPassword,
      body.newPassword,
      request.ip ?? 'unknown',
    );
    this.setCookie(request, response, answer.token);
    return answer;
  }

  /** httpOnly and same-site always; Secure when the request came over HTTPS (directly, or through a trusted proxy). */
  private setCookie(request: Request, response: Response, token: string): void {
    response.cookie(TOKEN_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      maxAge: this.auth.tokenMaxAgeMs,
      path: '/api',
    });
  }
}
