import { Module } from '@nestjs/common';
import { MeetingsController } from './meetings.controller';
import { MeetingNewsService } from './meeting-news.service';
import { MeetingsService } from './meetings.service';

@Module({
  controllers: [MeetingsController],
  providers: [MeetingsService, MeetingNewsService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
