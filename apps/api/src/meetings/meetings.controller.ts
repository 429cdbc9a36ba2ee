import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMeetingBody, UpdateMeetingBody } from './meeting.dto';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController extends CrudController({ create: CreateMeetingBody, update: UpdateMeetingBody, record: Meeting }) {
  constructor(protected readonly service: MeetingsService) {
    super();
  }
}
