import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
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
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1, { message: 'must be at least 1' })
  @Max(120, { message: 'must be at most 120' })
  months?: number;
}
