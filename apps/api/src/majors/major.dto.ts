import { Matches } from 'class-validator';
import { MAJOR_CODE_PATTERN } from '@crm/domain';
import { RecordBody, RequiredId, RequiredText, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';

export class CreateMajorBody extends RecordBody {
  /** National major code: digits, e.g. 510201. */
  @RequiredText(20) @Matches(MAJOR_CODE_PATTERN, withMessage('resources.majorCode')) code: string;
  @RequiredText(200) name: string;
  /** The secondary college that runs it. */
  @RequiredId() unitId: number;
}

export class UpdateMajorBody extends UpdateBody(CreateMajorBody) {}
