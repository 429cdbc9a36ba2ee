import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ROLES, LOCALES } from '@crm/domain';
import type { Role, Locale } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Staff' })
export class StaffSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  title!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  unitId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  email!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  phone!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  username!: string | null;
  @ApiProperty({ nullable: true, type: 'string', enum: [...ROLES, null] })
  role!: Role | null;
  @ApiProperty({ type: 'boolean' })
  active!: boolean;
  /** Someone else chose the password: the dashboard asks for a new one. */
  @ApiProperty({ type: 'boolean', description: 'Someone else chose the password: the dashboard asks for a new one.' })
  mustChangePassword!: boolean;
  /** The interface language the account chose; null follows the browser. */
  @ApiProperty({
    nullable: true,
    type: 'string',
    enum: [...LOCALES, null],
    description: 'The interface language the account chose; null follows the browser.',
  })
  locale!: Locale | null;
  @ApiProperty({ type: 'boolean' })
  hasLogin!: boolean;
}
