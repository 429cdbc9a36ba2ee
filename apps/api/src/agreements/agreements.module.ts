import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { TasksModule } from '../tasks/tasks.module';
import { AgreementsController, ExpiryController } from './agreements.controller';
import { AgreementsJob } from './agreements.job';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [OutcomesModule, TasksModule],
  controllers: [AgreementsController, ExpiryController],
  providers: [AgreementsService, AgreementsJob],
  exports: [AgreementsService],
})
export class AgreementsModule {}
