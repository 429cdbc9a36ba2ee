import { RESOURCE_LIST, type CrudResource } from '@crm/domain';
import type { ResourceDeclaration } from './common/resource';
import { AgreementTerm } from './agreements/agreement-term.entity';
import { Attachment } from './attachments/attachment.entity';
import { AttachmentsModule } from './attachments/attachments.module';
import { AttachmentsService } from './attachments/attachments.service';
import { LoginFailure } from './auth/login-failure.entity';
import { CalendarLink } from './calendar/calendar-link.entity';
import { CampaignQuota } from './campaign-quotas/campaign-quota.entity';
import { CampaignQuotasModule } from './campaign-quotas/campaign-quotas.module';
import { CampaignQuotasService } from './campaign-quotas/campaign-quotas.service';
import { Campaign } from './campaigns/campaign.entity';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CampaignsService } from './campaigns/campaigns.service';
import { NotificationDelivery } from './notifications/notification-delivery.entity';
import { NotificationSettings } from './notifications/notification-settings.entity';
import { Notification } from './notifications/notification.entity';
import { ServerSecret } from './database/server-secret.entity';
import { Chamber } from './chambers/chamber.entity';
import { ChambersModule } from './chambers/chambers.module';
import { ChambersService } from './chambers/chambers.service';
import { AuditEvent } from './common/audit-event.entity';
import { IdempotencyKey } from './common/idempotency-key.entity';
import { Contact } from './contacts/contact.entity';
import { ContactsModule } from './contacts/contacts.module';
import { ContactsService } from './contacts/contacts.service';
import { Enterprise } from './enterprises/enterprise.entity';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { EnterprisesService } from './enterprises/enterprises.service';
import { TwinKey } from './duplicates/twin-key.entity';
import { ImportPreview, ImportPreviewRows } from './imports/import-preview.entity';
import { Intake } from './intakes/intake.entity';
import { IntakesModule } from './intakes/intakes.module';
import { IntakesService } from './intakes/intakes.service';
import { Major } from './majors/major.entity';
import { MajorsModule } from './majors/majors.module';
import { MajorsService } from './majors/majors.service';
import {
  Meeting,
  MeetingChamber,
  MeetingContact,
  MeetingEnterprise,
  MeetingMajor,
  MeetingStaff,
} from './meetings/meeting.entity';
import { MeetingsModule } from './meetings/meetings.module';
import { MeetingsService } from './meetings/meetings.service';
import { Membership } from './memberships/membership.entity';
import { MembershipsModule } from './memberships/memberships.module';
import { MembershipsService } from './memberships/memberships.service';
import { Outcome } from './outcomes/outcome.entity';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OutcomesService } from './outcomes/outcomes.service';
import { PublicHit, PublicLink, Registration, SurveyAnswer } from './registrations/registration.entity';
import { RegistrationsModule } from './registrations/registrations.module';
import { RegistrationsService } from './registrations/registrations.service';
import { Session } from './staff/session.entity';
import { Staff } from './staff/staff.entity';
import { StaffModule } from './staff/staff.module';
import { StaffService } from './staff/staff.service';
import { Task } from './tasks/task.entity';
import { TeacherPractice } from './teacher-practices/teacher-practice.entity';
import { TeacherPracticesModule } from './teacher-practices/teacher-practices.module';
import { TeacherPracticesService } from './teacher-practices/teacher-practices.service';
import { TasksModule } from './tasks/tasks.module';
import { TasksService } from './tasks/tasks.service';
import { Unit } from './units/unit.entity';
import { UnitsModule } from './units/units.module';
import { UnitsService } from './units/units.service';

/**
 * The API's resources, in the order of the resource list (libs/domain/src/resources.ts), each with
 * its module, entity and service: the app module imports their modules, the data source maps their
 * entities, exports, fixtures and robustness tests read them from here. A resource of the list with
 * no line here is a compile error.
 */
const DECLARED: Record<CrudResource, Omit<ResourceDeclaration, 'resource'>> = {
  chambers: { module: ChambersModule, entity: Chamber, service: ChambersService },
  enterprises: { module: EnterprisesModule, entity: Enterprise, service: EnterprisesService },
  memberships: { module: MembershipsModule, entity: Membership, service: MembershipsService },
  contacts: { module: ContactsModule, entity: Contact, service: ContactsService },
  units: { module: UnitsModule, entity: Unit, service: UnitsService },
  majors: { module: MajorsModule, entity: Major, service: MajorsService },
  staff: { module: StaffModule, entity: Staff, service: StaffService },
  meetings: { module: MeetingsModule, entity: Meeting, service: MeetingsService },
  outcomes: { module: OutcomesModule, entity: Outcome, service: OutcomesService },
  intakes: { module: IntakesModule, entity: Intake, service: IntakesService },
  tasks: { module: TasksModule, entity: Task, service: TasksService },
  'teacher-practices': { module: TeacherPracticesModule, entity: TeacherPractice, service: TeacherPracticesService },
  attachments: { module: AttachmentsModule, entity: Attachment, service: AttachmentsService },
  campaigns: { module: CampaignsModule, entity: Campaign, service: CampaignsService },
  'campaign-quotas': { module: CampaignQuotasModule, entity: CampaignQuota, service: CampaignQuotasService },
  registrations: { module: RegistrationsModule, entity: Registration, service: RegistrationsService },
};

export const RESOURCES: ResourceDeclaration[] = RESOURCE_LIST.filter((listed) => listed.crud).map((listed) => {
  const resource = listed.name as CrudResource;
  return { resource, ...DECLARED[resource] };
});

/** Every table the data source maps: the resources' and the rows that belong to them or to no resource. */
export const ENTITIES = [
  ...RESOURCES.map((declaration) => declaration.entity),
  MeetingStaff,
  MeetingContact,
  MeetingEnterprise,
  MeetingChamber,
  MeetingMajor,
  AgreementTerm,
  AuditEvent,
  LoginFailure,
  Session,
  ImportPreview,
  ImportPreviewRows,
  CalendarLink,
  TwinKey,
  IdempotencyKey,
  Notification,
  NotificationDelivery,
  NotificationSettings,
  PublicLink,
  SurveyAnswer,
  PublicHit,
  ServerSecret,
];
