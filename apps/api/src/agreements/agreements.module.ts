import { Module } from '@nestjs/common';
import { AgreementsController, ExpiryController } from './agreements.controller';
import { AgreementsJob } from './agreements.job';
import { AgreementsService } from './agreements.service';

@Module({ controllers: [AgreementsController, ExpiryController], providers: [AgreementsService, AgreementsJob], exports: [AgreementsService] })
export class AgreementsModule {}
