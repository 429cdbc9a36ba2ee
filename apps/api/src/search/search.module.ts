import { Module } from '@nestjs/common';
import { ChambersModule } from '../chambers/chambers.module';
import { ContactsModule } from '../contacts/contacts.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { StaffModule } from '../staff/staff.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [ChambersModule, ContactsModule, EnterprisesModule, MeetingsModule, OutcomesModule, StaffModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
