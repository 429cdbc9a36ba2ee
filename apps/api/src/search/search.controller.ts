import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Locale, SearchResult } from '@crm/domain';
import { Can, CurrentActor, type Actor } from '../common/actor';
import { fieldErrors, FieldProblems } from '../common/errors';
import { msg, RequestLocale } from '../common/i18n';
import { CONTROL_CHARACTERS } from '../common/request-guards';
import { SEARCH_LIMIT, SearchService } from './search.service';
import { ApiErrorResponses } from '../common/api-responses';
import { SearchResultSchema } from './search.schema';

/** The longest search: a name, a phone number or an e-mail address is far shorter. */
export const MAX_SEARCH_LENGTH = 100;

@ApiTags('search')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Can('read')
  @ApiOperation({
    summary:
      'The search box: enterprises, chambers, contacts, meetings (title and minutes) and outcomes holding the text — Chinese of any length, Latin text, aliases, and the pinyin or initials of a name (leihui, lhst → 雷辉生态集团). ' +
      'An array of {resource, id, title, snippet}, grouped by resource in that order, each group best first (the title is the text, begins with it, holds it; then other fields); only resources the role may read.',
  })
  @ApiQuery({ name: 'q', example: '江朗' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `results per resource, 1–${SEARCH_LIMIT.max} (default ${SEARCH_LIMIT.default})`,
  })
  @ApiOkResponse({ type: SearchResultSchema, isArray: true })
  find(
    @Query('q') q: unknown,
    @Query('limit') limit: unknown,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ): Promise<SearchResult[]> {
    const errors: FieldProblems = {};
    const text = typeof q === 'string' ? q.trim() : '';
    if (q !== undefined && typeof q !== 'string') errors.q = msg('validation.text');
    else if (!text) errors.q = msg('validation.notEmpty');
    else if ([...text].length > MAX_SEARCH_LENGTH) errors.q = msg('validation.maxLength', { max: MAX_SEARCH_LENGTH });
    // a search is one line: tab and line breaks too
    else if (CONTROL_CHARACTERS.test(text) || /[\t\n\r]/.test(text)) errors.q = msg('security.controlCharacters');
    const perResource =
      limit === undefined
        ? SEARCH_LIMIT.default
        : typeof limit === 'string' && /^\d+$/.test(limit)
          ? Number(limit)
          : NaN;
    if (!Number.isInteger(perResource) || perResource < 1 || perResource > SEARCH_LIMIT.max)
      errors.limit = msg('search.limit', { max: SEARCH_LIMIT.max });
    if (Object.keys(errors).length) throw fieldErrors(errors);
    return this.search.search(text, perResource, actor, locale);
  }
}
