import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Can, CurrentActor, Public } from '../common/actor';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ListQueryDto } from '../common/dto';
import { msg } from '../common/i18n';
import {
  AcceptAllBody,
  CheckInBody,
  OpenRegistrationBody,
  RefuseBody,
  RegistrationBody,
  SignupBody,
  SurveyBody,
} from './registration.dto';
import { GuestsService } from './guests.service';
import { RegistrationsService } from './registrations.service';
import { ApiErrorResponses, ApiErrorSchema } from '../common/api-responses';
import { RegistrationSchema } from './registration.schema';
import {
  AcceptanceReportSchema,
  CheckedInSchema,
  IssuedPublicLinkSchema,
  LinkClosedSchema,
  MeetingGuestsSchema,
  PublicFaceSchema,
  RegistrationCodeSchema,
  SignupLinkSchema,
  SurveyAnswerSchema,
  SurveyReceivedSchema,
} from './guests.schema';

/** The review queue: read by the offices, accepted or refused by the Integration Office. Never written through the REST contract: only the public writes it. */
@ApiTags('registrations')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get()
  @Can('read')
  @ApiOperation({
    summary:
      'List, sort, filter and page (ra-data-simple-rest), e.g. filter={"meetingId":7}; a sign-up has no meeting.',
  })
  @ApiOkResponse({ type: RegistrationSchema, isArray: true })
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response) {
    const page = await this.registrations.list(query);
    setPageHeaders(response, 'registrations', page.range, page.records.length, page.total);
    return page.records;
  }

  @Get(':id')
  @Can('read')
  @ApiOperation({ summary: 'One registration, with what it matched among the records.' })
  @ApiOkResponse({ type: RegistrationSchema })
  findOne(@IdParam() id: number) {
    return this.registrations.findOne(id);
  }

  @Post(':id/accept')
  @Can('accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Creates or links the enterprise and the contact, and the meeting’s attendance, through their services in one transaction; 409 on a conflict or when it is no longer pending.',
  })
  @ApiOkResponse({ type: RegistrationSchema })
  accept(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.registrations.accept(id, actor);
  }

  @Post(':id/refuse')
  @Can('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a pending registration with a reason; nothing enters the records.' })
  @ApiOkResponse({ type: RegistrationSchema })
  refuse(@IdParam() id: number, @Body() body: RefuseBody, @CurrentActor() actor: Actor) {
    return this.registrations.refuse(id, body.reason, actor);
  }
}

/** A meeting's public side: its links (registration, the door, the survey), what came through them, and the acceptance of all at once. */
@ApiTags('registrations')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('meetings')
export class MeetingGuestsController {
  constructor(
    private readonly guests: GuestsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Post(':id/registration')
  @Can('update')
  @ApiOperation({
    summary:
      'Opens registration (anew: the old link then answers 404) until closesAt (the meeting’s start by default), for capacity guests at most.',
  })
  @ApiCreatedResponse({ type: IssuedPublicLinkSchema })
  openRegistration(@IdParam() id: number, @Body() body: OpenRegistrationBody, @CurrentActor() actor: Actor) {
    return this.guests.open(id, 'registration', body, actor);
  }

  @Delete(':id/registration')
  @Can('update')
  @ApiOperation({ summary: 'Closes registration: the link answers 404 from now on.' })
  @ApiOkResponse({ type: LinkClosedSchema })
  closeRegistration(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.guests.close(id, 'registration', actor);
  }

  @Post(':id/check-in')
  @Can('update')
  @ApiOperation({
    summary: 'The door’s link (for a tablet showing its QR code), open until 12 hours after the meeting.',
  })
  @ApiCreatedResponse({ type: IssuedPublicLinkSchema })
  openCheckIn(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.guests.open(id, 'check_in', {}, actor);
  }

  @Post(':id/survey')
  @Can('update')
  @ApiOperation({ summary: 'The survey’s link, open for 30 days after the meeting.' })
  @ApiCreatedResponse({ type: IssuedPublicLinkSchema })
  openSurvey(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.guests.open(id, 'survey', {}, actor);
  }

  @Get(':id/guests')
  @Can('read')
  @ApiOperation({
    summary:
      'Registered, present and walk-in counts, the survey’s answers and average satisfaction; the live links to whoever may edit the meeting.',
  })
  @ApiOkResponse({ type: MeetingGuestsSchema })
  overview(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.guests.overview(id, actor);
  }

  @Post(':id/registrations/accept')
  @Can('accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accepts every pending registration of the meeting (or only those present) in one transaction; answers what it created and matched, and the conflicts it left pending.',
  })
  @ApiOkResponse({ type: AcceptanceReportSchema })
  acceptAll(@IdParam() id: number, @Body() body: AcceptAllBody, @CurrentActor() actor: Actor) {
    return this.registrations.acceptAll(id, body.present === true, actor);
  }
}

/** The survey answers an enterprise gave, on its page. */
@ApiTags('registrations')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('enterprises')
export class EnterpriseAnswersController {
  constructor(private readonly guests: GuestsService) {}

  @Get(':id/survey-answers')
  @Can('read')
  @ApiOperation({ summary: 'The survey answers the enterprise sent after meetings, newest first.' })
  @ApiOkResponse({ type: SurveyAnswerSchema, isArray: true })
  answers(@IdParam() id: number) {
    return this.guests.answersOf(id);
  }
}

/** The standing sign-up link, for the school's website or a chamber's WeChat group. */
@ApiTags('registrations')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('enterprise-signup')
export class SignupController {
  constructor(private readonly guests: GuestsService) {}

  @Get()
  @Can('read')
  @ApiOperation({ summary: 'The live sign-up link, or null.' })
  @ApiOkResponse({ type: SignupLinkSchema })
  async current() {
    return { link: await this.guests.signupLink() };
  }

  @Post()
  @Can('create')
  @ApiOperation({
    summary: 'Issues the sign-up link (anew: the old one answers 404), for a year unless closesAt says otherwise.',
  })
  @ApiCreatedResponse({ type: IssuedPublicLinkSchema })
  open(@Body() body: OpenRegistrationBody) {
    return this.guests.openSignup(body);
  }

  @Delete()
  @Can('delete')
  @ApiOperation({ summary: 'Revokes the sign-up link.' })
  @ApiOkResponse({ type: LinkClosedSchema })
  close() {
    return this.guests.closeSignup();
  }
}

/** Bodies of the public routes are small: a registration is well under 4 kB. */
const PUBLIC_BODY_BYTES = 16 * 1024;

/**
 * The public routes: no login, behind a token; each answers only what it serves, throttled per
 * address and link (429 with Retry-After), sets no cookie and is never cached.
 */
@ApiTags('public')
@ApiErrorResponses(400, 404, 409, 429)
@Public()
@Controller('public')
export class PublicController {
  constructor(private readonly guests: GuestsService) {}

  @Get('registration/:token')
  @ApiOperation({
    summary:
      'The meeting’s public face: title, start, end, location and when registration closes. A forged, closed or expired token is a 404.',
  })
  @ApiOkResponse({ type: PublicFaceSchema })
  @ApiTooManyRequestsResponse({
    type: ApiErrorSchema,
    description: 'Too many requests from this address to this link in 10 minutes; Retry-After says when to try again.',
  })
  registrationFace(
    @Param('token') token: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return guarded(request, response, () => this.guests.face('registration', token, address(request)));
  }

  @Post('registration/:token')
  @ApiOperation({ summary: 'Registers a guest; answers the short code for the door. A wrong USCC is a 400.' })
  @ApiCreatedResponse({ type: RegistrationCodeSchema })
  register(
    @Param('token') token: string,
    @Body() body: RegistrationBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return guarded(request, response, () => this.guests.register('registration', token, body, address(request)));
  }

  @Get('check-in/:token')
  @ApiOperation({ summary: 'What the check-in page at the door shows: the meeting’s title, time and place.' })
  @ApiOkResponse({ type: PublicFaceSchema })
  checkInFace(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return guarded(request, response, () => this.guests.face('check_in', token, address(request)));
  }

  @Post('check-in/:token')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '{code} or {phone} marks a registered guest present (200, their name and organisation; 404 when unknown); the registration body registers a walk-in and marks it present (201).',
  })
  @ApiOkResponse({ type: CheckedInSchema, description: 'A registered guest marked present.' })
  @ApiCreatedResponse({
    type: CheckedInSchema,
    description: 'A walk-in registered and marked present, with their new code.',
  })
  checkIn(
    @Param('token') token: string,
    @Body() body: CheckInBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return guarded(request, response, async () => {
      const { status, answer } = await this.guests.checkIn(token, body, address(request));
      response.status(status);
      return answer;
    });
  }

  @Get('survey/:token')
  @ApiOperation({
    summary: 'What the survey page after a meeting shows: the meeting and the kinds of cooperation to choose from.',
  })
  @ApiOkResponse({ type: PublicFaceSchema })
  surveyFace(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return guarded(request, response, () => this.guests.face('survey', token, address(request)));
  }

  @Post('survey/:token')
  @ApiOperation({
    summary:
      'An answer: satisfaction 1–5 and what the enterprise wants; each want becomes one follow-up task, also when sent twice.',
  })
  @ApiCreatedResponse({ type: SurveyReceivedSchema })
  answer(
    @Param('token') token: string,
    @Body() body: SurveyBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return guarded(request, response, () => this.guests.answer(token, body, address(request)));
  }

  @Get('enterprise-signup/:token')
  @ApiOperation({
    summary: 'What the standing sign-up page shows: the school’s name and the kinds of cooperation on offer.',
  })
  @ApiOkResponse({ type: PublicFaceSchema })
  signupFace(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return guarded(request, response, () => this.guests.face('signup', token, address(request)));
  }

  @Post('enterprise-signup/:token')
  @ApiOperation({
    summary: 'An enterprise signs up through the standing link; pending until an office user accepts it.',
  })
  @ApiCreatedResponse({ type: RegistrationCodeSchema })
  signup(
    @Param('token') token: string,
    @Body() body: SignupBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return guarded(request, response, () => this.guests.register('signup', token, body, address(request)));
  }
}

function address(request: Request): string {
  return (request.ip ?? 'unknown').slice(0, 64);
}

/** The public routes' common rules: a small body, no caching, and Retry-After on a 429. */
async function guarded<T>(request: Request, response: Response, work: () => Promise<T>): Promise<T> {
  response.setHeader('Cache-Control', 'no-store');
  if (Number(request.headers['content-length'] ?? 0) > PUBLIC_BODY_BYTES) {
    throw new HttpException(
      { message: msg('registrations.bodyTooLarge', { max: PUBLIC_BODY_BYTES / 1024 }) },
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  }
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpException && error.getStatus() === HttpStatus.TOO_MANY_REQUESTS) {
      response.setHeader('Retry-After', String((error.getResponse() as { retryAfter: number }).retryAfter));
    }
    throw error;
  }
}
