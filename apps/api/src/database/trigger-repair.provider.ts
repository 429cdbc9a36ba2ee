import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dialectOf } from './dialect';

/** At every start, before the first request is served: the engine's repair of what keeps counters and search indexes current. */
@Injectable()
export class TriggerRepair implements OnModuleInit {
  private readonly logger = new Logger('TriggerRepair');
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const repaired = await dialectOf(this.dataSource).repairTriggers(this.dataSource);
    if (repaired) this.logger.warn(repaired);
  }
}
