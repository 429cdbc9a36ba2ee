import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { RequiredId } from '../common/dto';

export class MergeBody {
  @ApiProperty({ description: 'The record merged into this one; it goes to the trash.' })
  @RequiredId()
  otherId: number;

  @ApiProperty({ type: [String], required: false, description: 'Fields whose value is taken from the other record; the survivor keeps the rest.' })
  @IsOptional()
  @IsArray({ message: 'must be a list of field names' })
  @ArrayMaxSize(20, { message: 'must have at most 20 entries' })
  @IsString({ each: true, message: 'must hold field names' })
  fields?: string[];
}
