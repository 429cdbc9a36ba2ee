import { Matches } from 'class-validator';
import { UNIT_KINDS, UnitKind } from '@crm/domain';
import { withMessage } from '../common/i18n';
import { OneOf, OptionalText, RecordBody, RequiredText, UpdateBody } from '../common/dto';

export class CreateUnitBody extends RecordBody {
  @RequiredText(200) name: string;
  @OneOf(UNIT_KINDS) kind: UnitKind;
  @OptionalText(40) code?: string | null;
  @OptionalText(20000) notes?: string | null;
  /** The unit's WeChat Work group robot; admin only (it lets whoever holds it post to the group). */
  @OptionalText(500) @Matches(/^https?:\/\/\S+$/, withMessage('notifications.webhookAddress')) wecomWebhook?:
    string | null;
}

export class UpdateUnitBody extends UpdateBody(CreateUnitBody) {}
