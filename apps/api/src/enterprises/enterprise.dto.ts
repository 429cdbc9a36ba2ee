import { ENTERPRISE_SIZES, EnterpriseSize, OWNERSHIPS, Ownership, TIERS, Tier } from '@crm/domain';
import { IsOptional } from 'class-validator';
import {
  OneOf,
  OptionalId,
  OptionalOneOf,
  OptionalText,
  ReadOnly,
  RecordBody,
  RequiredText,
  TextList,
  UpdateBody,
} from '../common/dto';
import { IsUscc } from '../common/validation';

export class CreateEnterpriseBody extends RecordBody {
  @RequiredText(200) name: string;
  /** Unified social credit code, checked against GB 32100-2015. */
  @IsOptional() @IsUscc() uscc?: string | null;
  @TextList(20, 200) aliases?: string[];
  @OptionalText(100) industry?: string | null;
  @OptionalOneOf(OWNERSHIPS) ownership?: Ownership | null;
  @OptionalOneOf(ENTERPRISE_SIZES) size?: EnterpriseSize | null;
  @OptionalText(60) city?: string | null;
  @OptionalText(300) address?: string | null;
  @OptionalText(300) website?: string | null;
  @IsOptional() @OneOf(TIERS) tier?: Tier;
  @OptionalId() ownerId?: number | null;
  @OptionalText(20000) notes?: string | null;
  @ReadOnly() relationshipStage?: unknown;
  @ReadOnly() lastContactDate?: unknown;
  @ReadOnly() health?: unknown;
}

export class UpdateEnterpriseBody extends UpdateBody(CreateEnterpriseBody) {}
