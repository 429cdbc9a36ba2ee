import { AgreementTerm } from '../agreements/agreement-term.entity';
import { Attachment } from '../attachments/attachment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { CalendarLink } from '../calendar/calendar-link.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Contact } from '../contacts/contact.entity';
import { TwinKey } from '../duplicates/twin-key.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { ImportPreview } from '../imports/import-preview.entity';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingMajor, MeetingStaff } from '../meetings/meeting.entity';
import { Membership } from '../memberships/membership.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { Unit } from '../units/unit.entity';

export const ENTITIES = [
  Unit,
  Major,
  Staff,
  Chamber,
  Enterprise,
  Membership,
  Contact,
  Meeting,
  MeetingStaff,
  MeetingContact,
  MeetingEnterprise,
  MeetingChamber,
  MeetingMajor,
  Outcome,
  Intake,
  Task,
  AuditEvent,
  LoginFailure,
  Session,
  ImportPreview,
  AgreementTerm,
  Attachment,
  CalendarLink,
  TwinKey,
];
