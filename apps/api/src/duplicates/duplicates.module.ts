import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { ContactDuplicatesController, EnterpriseDuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';

@Module({ imports: [EnterprisesModule], controllers: [EnterpriseDuplicatesController, ContactDuplicatesController], providers: [DuplicatesService, MergeService] })
export class DuplicatesModule {}
