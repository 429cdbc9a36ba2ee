import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { withMessage } from '../common/i18n';
import { IsAcademicYearText } from '../common/validation';

export class OptionalYearQuery {
  @ApiProperty({ required: false, example: '2024-2025' }) @IsOptional() @IsAcademicYearText() academicYear?: string;
}

export class YearQuery {
  @ApiProperty({ example: '2024-2025' }) @IsAcademicYearText() academicYear: string;
}

export class StalePartnersQuery {
  /** Months without contact that make a partner stale. */
  @ApiProperty({ required: false, default: 6 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt(withMessage('workflow.months'))
  @Min(1, withMessage('workflow.months'))
  @Max(120, withMessage('workflow.months'))
  months?: number;
}
