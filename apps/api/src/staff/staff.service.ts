import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { loginProblem, passwordProblem } from '@crm/domain';
import { hashPassword, passwordMessage } from './password';
import { Session } from './session.entity';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict, fieldErrors } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { Staff } from './staff.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';
import { UpdateStaffBody } from './staff.dto';

export type StaffRecord = Omit<Staff, 'passwordHash' | 'sessionVersion'> & { hasLogin: boolean };

@Injectable()
export class StaffService extends CrudService<Staff, StaffRecord> {
  readonly resource = 'staff';
  protected readonly spec: ListSpec = {
    fields: {
      name: 'string',
      title: 'string',
      unitId: 'id',
      username: 'string',
      role: 'string',
      active: 'boolean',
      email: 'string',
    },
    search: ['name', 'title', 'username', 'email'],
    relations: {
      meetingId: through('meeting_staff', 'staffId', 'meetingId'),
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly derivedFields = ['hasLogin', 'password', 'mustChangePassword', 'sessionVersion'];
  /** An account's logins go with it when it is purged. */
  protected readonly parts = [{ target: Session, field: 'staffId' }];

  protected readonly updateBody = UpdateStaffBody;

  constructor(dependencies: CrudDependencies) {
    super(Staff, dependencies);
  }

  protected derive(draft: Staff): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }

  protected async check(
    manager: EntityManager,
    draft: Staff,
    before: Staff | null,
    body: Record<string, unknown>,
  ): Promise<void> {
    if (typeof body.password === 'string') {
      const problem = passwordProblem(body.password, draft.username);
      if (problem) throw fieldErrors({ password: passwordMessage(problem) });
      draft.passwordHash = await hashPassword(body.password);
      // a password the admin gave is an initial one: its owner is asked to choose their own
      draft.mustChangePassword = true;
    }
    if (before) {
      const loginChanged = ['username', 'passwordHash', 'role', 'active'].some(
        (field) => draft[field as keyof Staff] !== before[field as keyof Staff],
      );
      // a new password, role or username, or a disabled account, ends the account's sessions
      if (loginChanged) draft.sessionVersion = before.sessionVersion + 1;
      if (before.role === 'admin' && before.active && (draft.role !== 'admin' || !draft.active))
        await refuseIfLastAdmin(manager, before.id);
    }
    const login = loginProblem({ role: draft.role, username: draft.username, hasPassword: !!draft.passwordHash });
    if (login)
      throw fieldErrors({
        [login.field]: msg(
          login.problem === 'usernameNeeded' ? 'resources.staffUsernameNeeded' : 'resources.staffPasswordNeeded',
        ),
      });
    if (!draft.username) return;
    const twin = await this.findTwin(manager, draft, ['username']);
    if (twin)
      throw conflict(msg('resources.staffUsernameTaken', { username: draft.username ?? '' }), {
        errors: { username: msg('resources.staffUsernameTakenField') },
      });
  }

  /**
   * A deleted account's sessions end for good: its session version is raised (restoring it does
   * not bring an old token back, nor its calendar link) and every session is marked ended.
   */
  protected async afterStatusChange(manager: EntityManager, record: Staff): Promise<void> {
    if (!record.deletedAt) return;
    // eslint-disable-next-line no-restricted-syntax -- the session version is login bookkeeping, inside the delete's own pipeline write
    await manager.update(Staff, record.id, { sessionVersion: record.sessionVersion + 1, version: record.version });
    // eslint-disable-next-line no-restricted-syntax -- sessions are login bookkeeping, not records
    await manager.update(Session, { staffId: record.id, endedAt: IsNull() }, { endedAt: record.deletedAt });
  }

  protected async checkRemove(manager: EntityManager, current: Staff): Promise<void> {
    if (current.role === 'admin' && current.active) await refuseIfLastAdmin(manager, current.id);
  }

  protected updateAction(before: StaffRecord, after: StaffRecord): 'update' | 'role_change' {
    return before.role !== after.role ? 'role_change' : 'update';
  }

  /** Neither the hash nor the session version ever leaves the server. */
  protected async present(staff: Staff[]): Promise<StaffRecord[]> {
    return staff.map(
      ({ passwordHash, sessionVersion: _sessionVersion, ...rest }) =>
        ({ ...rest, hasLogin: !!(rest.username && rest.role && passwordHash) }) as StaffRecord,
    );
  }
}

/** The last live, active admin cannot lose that standing: nobody could administer the CRM after it. */
export async function refuseIfLastAdmin(manager: EntityManager, staffId: number): Promise<void> {
  const admins = await manager.find(Staff, { where: { role: 'admin', active: true }, select: { id: true }, take: 2 });
  if (admins.length === 1 && admins[0].id === staffId) {
    throw conflict(msg('security.lastAdmin'));
  }
}
