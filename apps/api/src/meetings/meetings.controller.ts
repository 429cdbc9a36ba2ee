import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '../common/actor';
import { CrudController, IdParam } from '../common/crud.controller';
import { CreateMeetingBody, NewsQuery, UpdateMeetingBody } from './meeting.dto';
import { MeetingNewsService } from './meeting-news.service';
import { MeetingSchema, NewsDraftSchema } from './meeting.schema';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController extends CrudController({
  create: CreateMeetingBody,
  update: UpdateMeetingBody,
  record: MeetingSchema,
}) {
  constructor(
    protected readonly service: MeetingsService,
    private readonly news: MeetingNewsService,
  ) {
    super();
  }

  @Get(':id/news')
  @Can('read')
  @ApiOperation({
    summary:
      'A news draft written from the record: date (China time), who came (chamber, number of enterprises, leaders with titles), who received them, topics, what was agreed.',
  })
  @ApiOkResponse({ type: NewsDraftSchema })
  newsDraft(@IdParam() id: number, @Query() query: NewsQuery) {
    return this.news.draft(id, query.locale ?? 'zh-CN');
  }
}
