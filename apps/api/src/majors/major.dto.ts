import { Matches } from 'class-validator';
import { RecordBody, RequiredId, RequiredText, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';

export class CreateMajorBody extends RecordBody {
  /** National major code: digits, e.g. 510201. */
  @RequiredText(20) @Matches(/^\d{4,8}$/, withMessage('resources.majorCode')) code: string;
  @RequiredText(200) name: string;
  /** The secondary college that runs it. */
  @RequiredId() unitId: number;
}

export class UpdateMajorBody extends UpdateBody(CreateMajorBody) {}
