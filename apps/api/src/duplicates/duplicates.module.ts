import { Module } from '@nestjs/common';
import { ContactDuplicatesController, EnterpriseDuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';
import { TwinKeysListener } from './twin-keys.listener';

@Module({
  controllers: [EnterpriseDuplicatesController, ContactDuplicatesController],
  providers: [DuplicatesService, MergeService, TwinKeysListener],
})
export class DuplicatesModule {}
