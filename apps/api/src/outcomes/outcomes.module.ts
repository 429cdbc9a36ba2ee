import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';

@Module({ imports: [EnterprisesModule, AgreementsModule], controllers: [OutcomesController], providers: [OutcomesService], exports: [OutcomesService] })
export class OutcomesModule {}
