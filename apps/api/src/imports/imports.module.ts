import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { TeacherPracticesModule } from '../teacher-practices/teacher-practices.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Imports write through the pipelines of the resources they create records of. */
@Module({
  imports: [EnterprisesModule, ContactsModule, MembershipsModule, MeetingsModule, TeacherPracticesModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
