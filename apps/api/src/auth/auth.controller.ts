import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { withMessage } from '../common/i18n';
import type { Locale } from '@crm/domain';
import { Actor, CurrentActor, Public } from './actor';
import { TOKEN_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';

class LoginBody {
  @ApiProperty() @IsString(withMessage('validation.text')) @MinLength(1, withMessage('validation.notEmpty')) @MaxLength(60, withMessage('validation.maxLength', { max: 60 })) username: string;
  @ApiProperty() @IsString(withMessage('validation.text')) @MinLength(1, withMessage('validation.notEmpty')) @MaxLength(200, withMessage('validation.maxLength', { max: 200 })) password: string;
}

class LoginAnswer {
  @ApiProperty() token: string;
  @ApiProperty({ description: 'The account, with its interface language (null: follow the browser).' }) user: Actor & { locale: Locale | null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginAnswer, description: 'A signed token; the dashboard also gets it as an httpOnly cookie.' })
  async login(@Body() body: LoginBody, @Res({ passthrough: true }) response: Response): Promise<LoginAnswer> {
    const answer = await this.auth.login(body.username, body.password);
    response.cookie(TOKEN_COOKIE, answer.token, { httpOnly: true, sameSite: 'strict', maxAge: this.auth.tokenMaxAgeMs, path: '/api' });
    return answer;
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  logout(@Res({ passthrough: true }) response: Response): { ok: true } {
    response.clearCookie(TOKEN_COOKIE, { path: '/api' });
    return { ok: true };
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
