import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity';

@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');
  constructor(private readonly dataSource: DataSource) {}

  /** Loads the demo only into a database with no enterprises yet. */
  async loadIfEmpty(): Promise<void> {
    if ((await this.dataSource.getRepository(Enterprise).count({ withDeleted: true })) > 0) {
      this.logger.log('The database already has data; the demo was not loaded.');
      return;
    }
    this.logger.warn('Demo data is not written yet.');
  }
}
