import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMembershipBody, UpdateMembershipBody } from './membership.dto';
import { MembershipSchema } from './membership.schema';
import { MembershipsService } from './memberships.service';

@ApiTags('memberships')
@Controller('memberships')
export class MembershipsController extends CrudController({
  create: CreateMembershipBody,
  update: UpdateMembershipBody,
  record: MembershipSchema,
}) {
  constructor(protected readonly service: MembershipsService) {
    super();
  }
}
