import { Module } from '@nestjs/common';
import { EnterpriseStanding } from './enterprise-standing.service';
import { EnterprisesController } from './enterprises.controller';
import { EnterprisesService } from './enterprises.service';

@Module({ controllers: [EnterprisesController], providers: [EnterprisesService, EnterpriseStanding], exports: [EnterprisesService, EnterpriseStanding] })
export class EnterprisesModule {}
