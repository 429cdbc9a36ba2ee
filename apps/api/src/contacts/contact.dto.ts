import { IsEmail, IsOptional } from 'class-validator';
import { CONTACT_PERMISSIONS, ContactPermission } from '@crm/domain';
import { OneOf, OptionalId, OptionalText, RecordBody, RequiredText, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';

export class CreateContactBody extends RecordBody {
  @RequiredText(100) name: string;
  @OptionalText(100) title?: string | null;
  /** Exactly one of enterpriseId and chamberId. */
  @OptionalId() enterpriseId?: number | null;
  @OptionalId() chamberId?: number | null;
  @OptionalText(40) phone?: string | null;
  @IsOptional() @IsEmail({}, withMessage('validation.email')) email?: string | null;
  @OptionalText(100) wechat?: string | null;
  @IsOptional() @OneOf(CONTACT_PERMISSIONS) permission?: ContactPermission;
  @OptionalText(20000) notes?: string | null;
}

export class UpdateContactBody extends UpdateBody(CreateContactBody) {}
