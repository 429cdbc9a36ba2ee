import { Module } from '@nestjs/common';
import { OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';

@Module({ controllers: [OutcomesController], providers: [OutcomesService], exports: [OutcomesService] })
export class OutcomesModule {}
