import { Body, Controller, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { Locale, LOCALES } from '@crm/domain';
import { withMessage } from '../common/i18n';
import { WriteQueue } from '../database/write-queue';
import { Actor, Can, CurrentActor } from '../common/actor';
import { ApiErrorResponses } from '../common/api-responses';

class LocaleBody {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, withMessage('validation.oneOf', { values: LOCALES.join(', ') }))
  locale: Locale;
}

/** A preference, not an edit of the staff record: no new version (an admin's open form stays valid), no audit event. */
const SET_LOCALE_SQL = 'UPDATE "staff" SET "locale" = :locale WHERE "id" = :id';

/** The interface language of the logged-in account, so it follows the user to another computer. */
@ApiTags('auth')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('auth')
export class LocaleController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  @Put('locale')
  @Can('self')
  @ApiOperation({
    summary: 'The interface language this account chose (zh-CN or en); it also decides the language of its mail.',
  })
  @ApiOkResponse({ type: LocaleBody, description: 'The locale now stored for the account.' })
  async setLocale(@CurrentActor() actor: Actor, @Body() body: LocaleBody): Promise<{ locale: Locale }> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(SET_LOCALE_SQL, {
      locale: body.locale,
      id: actor.id,
    });
    await this.writes.transaction((manager) => manager.query(sql, parameters));
    return { locale: body.locale };
  }
}
