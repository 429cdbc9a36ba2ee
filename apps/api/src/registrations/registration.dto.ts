import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OUTCOME_KINDS, type OutcomeKind } from '@crm/domain';
import { OptionalCount, OptionalText, RequiredText, TextList } from '../common/dto';
import { withMessage } from '../common/i18n';
import { IsIsoDateTime, IsUscc } from '../common/validation';

/** A phone number as people write it: digits, with +, spaces, dashes or brackets; 7–20 characters. */
const Phone = () => Matches(/^\+?[\d\s()-]{7,20}$/, withMessage('registrations.phone'));

const OutcomeKinds = () =>
  [
    IsOptional(),
    IsArray(withMessage('validation.textList')),
    ArrayMaxSize(OUTCOME_KINDS.length, withMessage('validation.textListMax', { max: OUTCOME_KINDS.length })),
    IsIn(OUTCOME_KINDS, { each: true, ...withMessage('validation.oneOf', { values: OUTCOME_KINDS.join(', ') }) }),
    ApiProperty({ enum: OUTCOME_KINDS, isArray: true, required: false }),
  ] as PropertyDecorator[];

const Each =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));

/**
 * What a guest fills in on the registration page. `website` is a honeypot: the page hides it from
 * people, a bot fills it in, and what it sends is answered as if taken but never stored.
 */
export class RegistrationBody {
  @RequiredText(200) organisation: string;
  /** Checked against GB 32100-2015 (the check character): 400 when wrong. */
  @IsOptional() @IsUscc() uscc?: string | null;
  @RequiredText(100) name: string;
  @OptionalText(100) title?: string | null;
  @RequiredText(40) @Phone() phone: string;
  @IsOptional() @IsEmail({}, withMessage('validation.email')) @OptionalText(200) email?: string | null;
  @OptionalText(100) wechat?: string | null;
  @OptionalCount(1000) attendees?: number | null;
  @OptionalCount(100000) positionsOffered?: number | null;
  @OptionalCount(100000) internsWanted?: number | null;
  @TextList(30, 100) majors?: string[];
  /** Outcome kinds the enterprise is interested in. */
  @Each(OutcomeKinds()) interests?: OutcomeKind[];
  @OptionalText(200) website?: string | null;
}

/** The standing sign-up: the registration, and where the enterprise is and what it does. */
export class SignupBody extends RegistrationBody {
  @OptionalText(60) city?: string | null;
  @OptionalText(100) industry?: string | null;
}

/**
 * At the door: the registration code or the phone number of a guest who registered, or (a walk-in)
 * the whole registration body.
 */
export class CheckInBody {
  @OptionalText(12) code?: string;
  @IsOptional() @OptionalText(40) @Phone() phone?: string;
  @OptionalText(200) organisation?: string;
  @IsOptional() @IsUscc() uscc?: string | null;
  @OptionalText(100) name?: string;
  @OptionalText(100) title?: string | null;
  @IsOptional() @IsEmail({}, withMessage('validation.email')) @OptionalText(200) email?: string | null;
  @OptionalText(100) wechat?: string | null;
  @OptionalCount(1000) attendees?: number | null;
  @OptionalCount(100000) positionsOffered?: number | null;
  @OptionalCount(100000) internsWanted?: number | null;
  @TextList(30, 100) majors?: string[];
  @Each(OutcomeKinds()) interests?: OutcomeKind[];
  @OptionalText(200) website?: string | null;
}

export class WantBody {
  @IsIn(OUTCOME_KINDS, withMessage('validation.oneOf', { values: OUTCOME_KINDS.join(', ') }))
  @ApiProperty({ enum: OUTCOME_KINDS })
  kind: OutcomeKind;
  @OptionalCount(100000) count?: number | null;
  @TextList(30, 100) majors?: string[];
}

/** After the meeting: who answers (code or phone, or nobody), how satisfied, what they want. */
export class SurveyBody {
  @OptionalText(12) code?: string;
  @IsOptional() @OptionalText(40) @Phone() phone?: string;
  @IsInt(withMessage('registrations.satisfaction'))
  @Min(1, withMessage('registrations.satisfaction'))
  @Max(5, withMessage('registrations.satisfaction'))
  satisfaction: number;
  @IsOptional()
  @IsArray(withMessage('registrations.wants'))
  @ArrayMaxSize(OUTCOME_KINDS.length, withMessage('registrations.wants'))
  @ValidateNested({ each: true })
  @Type(() => WantBody)
  @ApiProperty({ type: [WantBody], required: false })
  wants?: WantBody[];
  @OptionalText(100) contactPerson?: string | null;
  @OptionalText(2000) note?: string | null;
  @OptionalText(200) website?: string | null;
}

/** Opening a meeting's registration: until when (by default the meeting's start) and for how many. */
export class OpenRegistrationBody {
  @IsOptional() @IsIsoDateTime() closesAt?: string;
  @OptionalCount(10000) capacity?: number | null;
}

export class RefuseBody {
  @RequiredText(500) reason: string;
}

export class AcceptAllBody {
  /** Only the guests who signed in at the door. */
  @IsOptional() @IsIn([true], withMessage('registrations.presentTrue')) present?: true;
}
