import { UNIT_KINDS, UnitKind } from '@crm/domain';
import { OneOf, OptionalText, RecordBody, RequiredText, UpdateBody } from '../common/dto';

export class CreateUnitBody extends RecordBody {
  @RequiredText(200) name: string;
  @OneOf(UNIT_KINDS) kind: UnitKind;
  @OptionalText(40) code?: string | null;
  @OptionalText(20000) notes?: string | null;
}

export class UpdateUnitBody extends UpdateBody(CreateUnitBody) {}
