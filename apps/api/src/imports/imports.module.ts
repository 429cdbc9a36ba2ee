import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({ imports: [EnterprisesModule], controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule {}
