import { IsOptional } from 'class-validator';
import { MEETING_KINDS, MeetingKind } from '@crm/domain';
import {
  IdList,
  OneOf,
  OptionalCount,
  OptionalId,
  OptionalText,
  ReadOnly,
  RecordBody,
  RequiredText,
  TextList,
  UpdateBody,
} from '../common/dto';
import { IsIsoDateTime } from '../common/validation';
import { NEWS_LOCALES, NewsLocale } from './meeting-news';

export class CreateMeetingBody extends RecordBody {
  @RequiredText(300) title: string;
  @OneOf(MEETING_KINDS) kind: MeetingKind;
  /** ISO 8601 with offset, e.g. 2024-03-21T06:00:00Z. */
  @IsIsoDateTime() startsAt: string;
  @IsOptional() @IsIsoDateTime() endsAt?: string | null;
  @OptionalText(300) location?: string | null;
  @OptionalId() chairId?: number | null;
  @TextList(50, 300) topics?: string[];
  /** Markdown. */
  @OptionalText(200000) minutes?: string | null;
  /** School attendees. */
  @IdList() staffIds?: number[];
  /** External attendees. */
  @IdList() contactIds?: number[];
  /** Organisations present: 28 enterprises at once is normal. */
  @IdList() enterpriseIds?: number[];
  @IdList() chamberIds?: number[];
  /** The meeting this one follows up. */
  @OptionalId() followsMeetingId?: number | null;
  // a visit made to an enterprise (访企拓岗) only: what the enterprise can offer and take
  @OptionalCount(100000) positionsOffered?: number | null;
  /** Majors the enterprise needs. */
  @IdList() majorIds?: number[];
  @OptionalCount(100000) internsWanted?: number | null;
  @OptionalCount(100000) graduatesWanted?: number | null;
  @ReadOnly() academicYear?: unknown;
  @ReadOnly() followUpMeetingIds?: unknown;
  @ReadOnly() outcomeIds?: unknown;
}

export class UpdateMeetingBody extends UpdateBody(CreateMeetingBody) {}

export class NewsQuery {
  /** The language of the draft; Chinese when left out. */
  @IsOptional() @OneOf(NEWS_LOCALES) locale?: NewsLocale;
}
