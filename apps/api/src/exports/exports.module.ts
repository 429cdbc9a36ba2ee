import { Module } from '@nestjs/common';
import { EXPORT_CONTROLLERS } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({ controllers: EXPORT_CONTROLLERS, providers: [ExportsService] })
export class ExportsModule {}
