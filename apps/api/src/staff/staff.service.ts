import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService, Dependent, Reference } from '../common/crud.service';
import { conflict, fieldErrors } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting, MeetingStaff } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Task } from '../tasks/task.entity';
import { Unit } from '../units/unit.entity';
import { Staff } from './staff.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';

export type StaffRecord = Omit<Staff, 'passwordHash'> & { hasLogin: boolean };

@Injectable()
export class StaffService extends CrudService<Staff, StaffRecord> {
  readonly resource = 'staff';
  readonly noun = 'staffMember';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', title: 'string', unitId: 'id', username: 'string', role: 'string', active: 'boolean', email: 'string' },
    search: ['name', 'title', 'username', 'email'],
    relations: {
      meetingId: through('meeting_staff', 'staffId', 'meetingId'),
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly references: Reference[] = [{ field: 'unitId', target: Unit, label: 'unit' }];
  protected readonly dependents: Dependent[] = [
    { target: MeetingStaff, field: 'staffId', label: 'meetingAttendances', owner: 'meeting' },
    { target: Meeting, field: 'chairId', label: 'meetingsChaired' },
    { target: Outcome, field: 'ownerId', label: 'outcomesOwned' },
    { target: Enterprise, field: 'ownerId', label: 'enterprisesOwned' },
    { target: Chamber, field: 'ownerId', label: 'chambersOwned' },
    { target: Task, field: 'assigneeId', label: 'tasksAssigned' },
  ];
  protected readonly derivedFields = ['hasLogin', 'password'];

  constructor(dependencies: CrudDependencies) {
    super(Staff, dependencies);
  }

  protected derive(draft: Staff): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }

  protected async check(manager: EntityManager, draft: Staff, _before: Staff | null, body: Record<string, unknown>): Promise<void> {
    if (typeof body.password === 'string') draft.passwordHash = await hashPassword(body.password);
    if (draft.role && !draft.username) throw fieldErrors({ username: msg('resources.staffUsernameNeeded') });
    if (draft.username && draft.role && !draft.passwordHash) throw fieldErrors({ password: msg('resources.staffPasswordNeeded') });
    if (!draft.username) return;
    const twin = await this.findTwin(manager, draft, ['username']);
    if (twin) throw conflict(msg('resources.staffUsernameTaken', { username: draft.username ?? '' }), { errors: { username: msg('resources.staffUsernameTakenField') } });
  }

  protected async present(staff: Staff[]): Promise<StaffRecord[]> {
    return staff.map(({ passwordHash, ...rest }) => ({ ...rest, hasLogin: !!(rest.username && rest.role && passwordHash) }) as StaffRecord);
  }
}
