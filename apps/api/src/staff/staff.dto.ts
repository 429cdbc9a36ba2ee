import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Locale, LOCALES, ROLES, Role, USERNAME_PATTERN } from '@crm/domain';
import { OptionalId, OptionalOneOf, OptionalText, ReadOnly, RecordBody, RequiredText, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';

export class CreateStaffBody extends RecordBody {
  @RequiredText(100) name: string;
  @OptionalText(100) title?: string | null;
  @OptionalId() unitId?: number | null;
  @IsOptional() @IsEmail({}, withMessage('validation.email')) email?: string | null;
  @OptionalText(40) phone?: string | null;
  /** Only staff who log in have one. */
  @IsOptional() @IsString() @Matches(USERNAME_PATTERN, withMessage('resources.staffUsername')) username?: string | null;
  /** Write-only: stored as a scrypt hash, never returned. */
  @ApiProperty({
    required: false,
    writeOnly: true,
    description: 'At least 10 characters, not the username, not a common password. Admin only.',
  })
  @IsOptional()
  @IsString(withMessage('validation.text'))
  @MaxLength(200, withMessage('validation.maxLength', { max: 200 }))
  password?: string;
  @OptionalOneOf(ROLES) role?: Role | null;
  @IsOptional() @IsBoolean(withMessage('validation.boolean')) active?: boolean;
  /** The account's interface language; the user sets it with PUT /api/auth/locale, an admin may too. */
  @OptionalOneOf(LOCALES) locale?: Locale | null;
  @ReadOnly() hasLogin?: unknown;
  @ReadOnly() mustChangePassword?: unknown;
}

export class UpdateStaffBody extends UpdateBody(CreateStaffBody) {}
