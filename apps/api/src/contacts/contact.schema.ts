import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CONTACT_PERMISSIONS } from '@crm/domain';
import type { ContactPermission } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Contact' })
export class ContactSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  title!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  enterpriseId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  chamberId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  phone!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  email!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  wechat!: string | null;
  @ApiProperty({ type: 'string', enum: [...CONTACT_PERMISSIONS] })
  permission!: ContactPermission;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
}
