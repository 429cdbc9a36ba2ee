import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../exports/spreadsheet';
import { Term, TERMS } from '@crm/domain';
import { withMessage } from '../common/i18n';
import { IsAcademicYearText, QueryId } from '../common/validation';

export class InternshipReportQuery {
  @ApiProperty({ example: '2024-2025' }) @IsAcademicYearText() academicYear: string;
  /** The base's responsible college. */
  @QueryId() unitId?: number;
  /** Bases with intakes of this major in the year. */
  @QueryId() majorId?: number;
  /** The list contract's sort, e.g. ["utilisation","DESC"] (default title). */
  @ApiProperty({ required: false, example: '["utilisation","DESC"]' })
  @IsOptional()
  @IsString(withMessage('validation.jsonOnce'))
  sort?: string;
  /** The list contract's range, e.g. [0,24]; without it, every base. */
  @ApiProperty({ required: false, example: '[0,24]' })
  @IsOptional()
  @IsString(withMessage('validation.jsonOnce'))
  range?: string;
}

export class IntakeTotalsQuery {
  @ApiProperty({ required: false, example: '2024-2025' }) @IsOptional() @IsAcademicYearText() academicYear?: string;
  @ApiProperty({ required: false, enum: TERMS })
  @IsOptional()
  @IsIn(TERMS, withMessage('validation.oneOf', { values: [...TERMS] }))
  term?: Term;
  /** Intakes of this enterprise's bases, as the intake list filters them. */
  @QueryId() enterpriseId?: number;
  @QueryId() unitId?: number;
  @QueryId() majorId?: number;
  @QueryId() outcomeId?: number;
}

export class InternshipExportQuery extends InternshipReportQuery {
  @ApiProperty({ required: false, enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, withMessage('validation.oneOf', { values: [...EXPORT_FORMATS] }))
  format?: ExportFormat;
}
