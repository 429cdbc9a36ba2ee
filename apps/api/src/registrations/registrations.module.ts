import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TasksModule } from '../tasks/tasks.module';
import { GuestsService } from './guests.service';
import { PublicLinksService } from './public-links.service';
import {
  EnterpriseAnswersController,
  MeetingGuestsController,
  PublicController,
  RegistrationsController,
  SignupController,
} from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [EnterprisesModule, ContactsModule, MeetingsModule, TasksModule, NotificationsModule],
  controllers: [
    RegistrationsController,
    MeetingGuestsController,
    EnterpriseAnswersController,
    SignupController,
    PublicController,
  ],
  providers: [RegistrationsService, GuestsService, PublicLinksService],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
