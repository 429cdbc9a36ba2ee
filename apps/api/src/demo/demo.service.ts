import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity';
import { addDemoCampaign } from './campaign';
import { generate, SCALES } from './generator';
import { addDemoTeacherPractices } from './teacher-practices';

@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');
  constructor(
    private readonly dataSource: DataSource,
    private readonly modules: ModuleRef,
  ) {}

  /** Loads the demo (the seed article's event and two academic years around it) only into a database with no enterprises yet. */
  async loadIfEmpty(): Promise<void> {
    if ((await this.dataSource.getRepository(Enterprise).count({ withDeleted: true })) > 0) {
      this.logger.log('The database already holds enterprises; the demo data was not loaded.');
      return;
    }
    const summary = await generate(this.dataSource, SCALES.demo, { seedEvent: true, audit: true });
    await addDemoCampaign(this.modules);
    await addDemoTeacherPractices(this.modules);
    this.logger.log(
      `Loaded the demo data in ${summary.milliseconds} ms: ${Object.entries(summary.rows)
        .map(([table, count]) => `${count} ${table}`)
        .join(', ')}.`,
    );
  }
}
