import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'For a load balancer: 200 while the database answers a query, 503 otherwise.' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['status', 'database'],
      properties: { status: { type: 'string', enum: ['ok'] }, database: { type: 'string', enum: ['ok'] } },
    },
  })
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ message: msg('http.databaseDown') });
    }
    return { status: 'ok', database: 'ok' };
  }
}
