import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/actor';
import { msg } from '../common/i18n';
import { ApiErrorResponses } from '../common/api-responses';

@ApiTags('health')
@ApiErrorResponses(429)
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when the database answers a query; 503 otherwise. */
  @Public()
  @Get()
  @ApiOkResponse({ description: '{ status: "ok", database: "ok" }' })
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ message: msg('http.databaseDown') });
    }
    return { status: 'ok', database: 'ok' };
  }
}
