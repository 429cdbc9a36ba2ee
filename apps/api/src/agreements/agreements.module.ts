import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { AgreementsController, ExpiryController } from './agreements.controller';
import { AgreementsJob } from './agreements.job';
import { AgreementsService } from './agreements.service';

@Module({ imports: [EnterprisesModule], controllers: [AgreementsController, ExpiryController], providers: [AgreementsService, AgreementsJob], exports: [AgreementsService] })
export class AgreementsModule {}
