import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { RequiredId } from '../common/dto';
import { withMessage } from '../common/i18n';

export class MergeBody {
  @ApiProperty({ description: 'The record merged into this one; it goes to the trash.' })
  @RequiredId()
  otherId: number;

  @ApiProperty({
    type: [String],
    required: false,
    description: 'Fields whose value is taken from the other record; the survivor keeps the rest.',
  })
  @IsOptional()
  @IsArray(withMessage('validation.textList'))
  @ArrayMaxSize(20, withMessage('validation.textListMax', { max: 20 }))
  @IsString({ each: true, ...withMessage('validation.onlyTexts') })
  fields?: string[];
}
