import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** One hit of the search box (GET /api/search): a record of a resource, its title and a line about it. */
@ApiSchema({ name: 'SearchResult' })
export class SearchResultSchema {
  @ApiProperty({ type: 'string' })
  resource!: string;
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'string' })
  title!: string;
  /** Where the text was found when not in the title (an alias, the minutes), else what tells the record apart (city, organisation, day). */
  @ApiProperty({
    type: 'string',
    description:
      'Where the text was found when not in the title (an alias, the minutes), else what tells the record apart (city, organisation, day).',
  })
  snippet!: string;
}
