import { Module } from '@nestjs/common';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

@Module({ controllers: [PipelineController], providers: [PipelineService] })
export class PipelineModule {}
