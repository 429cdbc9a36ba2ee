import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, Role } from '@crm/domain';
import { OptionalId, OptionalOneOf, OptionalText, ReadOnly, RecordBody, RequiredText, UpdateBody } from '../common/dto';

export class CreateStaffBody extends RecordBody {
  @RequiredText(100) name: string;
  @OptionalText(100) title?: string | null;
  @OptionalId() unitId?: number | null;
  @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) email?: string | null;
  @OptionalText(40) phone?: string | null;
  /** Only staff who log in have one. */
  @IsOptional() @IsString() @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'must be 3 to 60 lower-case letters, digits, dots, dashes or underscores' }) username?: string | null;
  /** Write-only: stored as a scrypt hash, never returned. */
  @ApiProperty({ required: false, writeOnly: true, description: 'At least 10 characters, not the username, not a common password. Admin only.' })
  @IsOptional() @IsString() @MaxLength(200) password?: string;
  @OptionalOneOf(ROLES) role?: Role | null;
  @IsOptional() @IsBoolean({ message: 'must be true or false' }) active?: boolean;
  @ReadOnly() hasLogin?: unknown;
  @ReadOnly() mustChangePassword?: unknown;
}

export class UpdateStaffBody extends UpdateBody(CreateStaffBody) {}
