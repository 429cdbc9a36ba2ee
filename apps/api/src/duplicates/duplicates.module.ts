import { Module } from '@nestjs/common';
import { ContactDuplicatesController, EnterpriseDuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';

@Module({ controllers: [EnterpriseDuplicatesController, ContactDuplicatesController], providers: [DuplicatesService, MergeService] })
export class DuplicatesModule {}
