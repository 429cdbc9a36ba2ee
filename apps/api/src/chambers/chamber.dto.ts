import { CHAMBER_KINDS, ChamberKind } from '@crm/domain';
import { OneOf, OptionalId, OptionalText, ReadOnly, RecordBody, RequiredText, UpdateBody } from '../common/dto';

export class CreateChamberBody extends RecordBody {
  @RequiredText(200) name: string;
  @OneOf(CHAMBER_KINDS) kind: ChamberKind;
  @OptionalText(60) city?: string | null;
  @OptionalText(300) address?: string | null;
  @OptionalText(300) website?: string | null;
  @OptionalId() ownerId?: number | null;
  @OptionalText(20000) notes?: string | null;
  @ReadOnly() memberCount?: unknown;
  @ReadOnly() outcomeCount?: unknown;
}

export class UpdateChamberBody extends UpdateBody(CreateChamberBody) {}
