import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** The user's secret calendar link: whoever has it reads the feed without logging in. */
@ApiSchema({ name: 'CalendarLink' })
export class CalendarLinkSchema {
  @ApiProperty({ type: 'string', example: 'https://crm.example.edu.cn/api/calendar/3q2-hX….ics' })
  url!: string;
}
