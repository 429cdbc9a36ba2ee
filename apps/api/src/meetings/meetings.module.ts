import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { MeetingsController } from './meetings.controller';
import { MeetingNewsService } from './meeting-news.service';
import { MeetingsService } from './meetings.service';

@Module({ imports: [EnterprisesModule], controllers: [MeetingsController], providers: [MeetingsService, MeetingNewsService], exports: [MeetingsService] })
export class MeetingsModule {}
