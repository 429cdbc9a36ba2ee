import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OUTCOME_KINDS, PUBLIC_LINK_KINDS, type IssuedPublicLink, type SurveyWant } from '@crm/domain';

/** A public link as the office gets it: the token, the page's address, until when. */
@ApiSchema({ name: 'IssuedPublicLink' })
export class IssuedPublicLinkSchema {
  @ApiProperty({ type: 'string' })
  token!: string;
  @ApiProperty({ type: 'string', description: 'The page’s address, for a QR code.' })
  url!: string;
  @ApiProperty({ type: 'string', format: 'date-time' })
  closesAt!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  capacity!: number | null;
}

/** GET /api/enterprise-signup: the live sign-up link, or null. */
@ApiSchema({ name: 'SignupLink' })
export class SignupLinkSchema {
  @ApiProperty({ type: () => IssuedPublicLinkSchema, nullable: true })
  link!: IssuedPublicLink | null;
}

/** A link closed (or there was none open). */
@ApiSchema({ name: 'LinkClosed' })
export class LinkClosedSchema {
  @ApiProperty({ type: 'boolean', description: 'Whether a live link was closed.' })
  closed!: boolean;
}

/** What a guest sees of a meeting through its link, and nothing else of the CRM. */
@ApiSchema({ name: 'PublicFace' })
export class PublicFaceSchema {
  @ApiProperty({ type: 'string', nullable: true })
  title!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  startsAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  endsAt!: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  location!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' })
  closesAt!: string;
}

/** A registration received: the short code to show at the door. */
@ApiSchema({ name: 'RegistrationCode' })
export class RegistrationCodeSchema {
  @ApiProperty({ type: 'string', example: '3K7QXA' })
  code!: string;
}

/** A guest marked present at the door. */
@ApiSchema({ name: 'CheckedIn' })
export class CheckedInSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'string' })
  organisation!: string;
  @ApiProperty({ type: 'string', required: false, description: 'A walk-in’s new code.' })
  code?: string;
}

/** A survey answer received. */
@ApiSchema({ name: 'SurveyReceived' })
export class SurveyReceivedSchema {
  @ApiProperty({ type: 'boolean', enum: [true] })
  received!: true;
}

/** One answer of the survey after a meeting. */
@ApiSchema({ name: 'SurveyAnswer' })
export class SurveyAnswerSchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'integer' })
  meetingId!: number;
  @ApiProperty({ type: 'integer', nullable: true })
  registrationId!: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  satisfaction!: number;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: [...OUTCOME_KINDS] },
        count: { type: 'integer', nullable: true },
        majors: { type: 'array', items: { type: 'string' } },
      },
    },
  })
  wants!: SurveyWant[];
  @ApiProperty({ type: 'string', nullable: true })
  contactPerson!: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' })
  answeredAt!: string;
  @ApiProperty({ type: 'string', description: 'What makes an answer sent twice one answer.' })
  answerKey!: string;
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    additionalProperties: { type: 'integer' },
    description: 'The follow-up task made for each want, by kind.',
  })
  taskIds!: Record<string, number>;
}

/** GET /api/meetings/{id}/guests: the meeting page's public side. */
@ApiSchema({ name: 'MeetingGuests' })
export class MeetingGuestsSchema {
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    description: 'The live links by kind, to whoever may edit the meeting.',
    properties: Object.fromEntries(PUBLIC_LINK_KINDS.map((kind) => [kind, { type: () => IssuedPublicLinkSchema }])),
  })
  links!: Partial<Record<(typeof PUBLIC_LINK_KINDS)[number], IssuedPublicLink>>;
  @ApiProperty({ type: 'integer' })
  registered!: number;
  @ApiProperty({ type: 'integer' })
  present!: number;
  @ApiProperty({ type: 'integer' })
  walkIns!: number;
  @ApiProperty({ type: 'integer' })
  pending!: number;
  @ApiProperty({ type: () => SurveyAnswerSchema, isArray: true })
  answers!: SurveyAnswerSchema[];
  @ApiProperty({ type: 'number', nullable: true })
  averageSatisfaction!: number | null;
}

const IDS = { type: 'array', items: { type: 'integer' } } as const;

/** POST /api/meetings/{id}/registrations/accept: what it created and found, and the conflicts it left pending. */
@ApiSchema({ name: 'AcceptanceReport' })
export class AcceptanceReportSchema {
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'The registrations accepted.' })
  accepted!: number[];
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['enterprises', 'contacts'],
    properties: { enterprises: IDS, contacts: IDS },
  })
  created!: { enterprises: number[]; contacts: number[] };
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['enterprises', 'contacts'],
    properties: { enterprises: IDS, contacts: IDS },
  })
  matched!: { enterprises: number[]; contacts: number[] };
  @ApiProperty({
    type: 'array',
    items: { type: 'integer' },
    description: 'Registrations left pending: their organisation matched more than one record.',
  })
  conflicts!: number[];
}
