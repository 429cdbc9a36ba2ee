import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateContactBody, UpdateContactBody } from './contact.dto';
import { ContactSchema } from './contact.schema';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController extends CrudController({
  create: CreateContactBody,
  update: UpdateContactBody,
  record: ContactSchema,
}) {
  constructor(protected readonly service: ContactsService) {
    super();
  }
}
