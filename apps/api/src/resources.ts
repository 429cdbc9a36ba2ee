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
import { ImportPreview } from './imports/import-preview.entity';
import { Intake } from './intakes/intake.entity';
import { IntakesModule } from './intakes/intakes.module';
import { IntakesService } from './intakes/intakes.service';
import { Major } from './majors/major.entity';
import { MajorsModule } from './majors/majors.module';
import { MajorsService } from './majors/majors.service';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingMajor, MeetingStaff } from './meetings/meeting.entity';
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
import { TasksModule } from './tasks/tasks.module';
import { TasksService } from './tasks/tasks.service';
import { Unit } from './units/unit.entity';
import { UnitsModule } from './units/units.module';
import { UnitsService } from './units/units.service';

/**
 * The API's resources, declared once: the app module imports their modules, the data source maps
 * their entities, exports, fixtures and robustness tests read them from here. A new resource is one
 * line (and its feature folder, one migration and its dashboard folder).
 */
export const RESOURCES: ResourceDeclaration[] = [
  { resource: 'chambers', module: ChambersModule, entity: Chamber, service: ChambersService },
  { resource: 'enterprises', module: EnterprisesModule, entity: Enterprise, service: EnterprisesService },
  { resource: 'memberships', module: MembershipsModule, entity: Membership, service: MembershipsService },
  { resource: 'contacts', module: ContactsModule, entity: Contact, service: ContactsService },
  { resource: 'units', module: UnitsModule, entity: Unit, service: UnitsService },
  { resource: 'majors', module: MajorsModule, entity: Major, service: MajorsService },
  { resource: 'staff', module: StaffModule, entity: Staff, service: StaffService },
  { resource: 'meetings', module: MeetingsModule, entity: Meeting, service: MeetingsService },
  { resource: 'outcomes', module: OutcomesModule, entity: Outcome, service: OutcomesService },
  { resource: 'intakes', module: IntakesModule, entity: Intake, service: IntakesService },
  { resource: 'tasks', module: TasksModule, entity: Task, service: TasksService },
  { resource: 'attachments', module: AttachmentsModule, entity: Attachment, service: AttachmentsService },
  { resource: 'campaigns', module: CampaignsModule, entity: Campaign, service: CampaignsService },
  { resource: 'campaign-quotas', module: CampaignQuotasModule, entity: CampaignQuota, service: CampaignQuotasService },
  { resource: 'registrations', module: RegistrationsModule, entity: Registration, service: RegistrationsService },
];

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
