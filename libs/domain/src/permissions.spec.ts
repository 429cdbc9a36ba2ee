import { ADMIN_ONLY_FIELDS, can, canOnRecord, grantOf, PERMISSIONS, rolesFor, rowFactsOf } from './permissions';
import { ROLES } from './vocabulary';

const actor = (role: (typeof ROLES)[number], extra: { id?: number; unitId?: number | null } = {}) => ({
  id: extra.id ?? 7,
  role,
  unitId: extra.unitId ?? null,
});

describe('permission table', () => {
  it('lets the admin do every action the table names, on every record', () => {
    for (const [resource, actions] of Object.entries(PERMISSIONS)) {
      for (const action of Object.keys(actions)) expect(grantOf('admin', resource, action as never)).toBe(true);
    }
  });

  it('lets the viewer read everything but the public side and write nothing', () => {
    // what the public sent is not yet the CRM's (people's phones before the office took them in), and the sign-up link is a secret
    // nor the outbox, which holds every address and the robots' webhook keys: the admin's
    const unread = new Set(['registrations', 'enterprise-signup', 'notification-deliveries']);
    for (const [resource, actions] of Object.entries(PERMISSIONS)) {
      for (const action of Object.keys(actions)) {
        const allowed = can(actor('viewer'), resource, action as never, { id: 99 });
        expect([resource, action, allowed]).toEqual([
          resource,
          action,
          (action === 'read' && !unread.has(resource)) || action === 'self',
        ]);
      }
    }
  });

  it('keeps accounts, restore, purge and merge to the admin', () => {
    expect(rolesFor('staff', 'create')).toEqual(['admin']);
    expect(rolesFor('staff', 'delete')).toEqual(['admin']);
    for (const resource of ['chambers', 'enterprises', 'contacts', 'outcomes', 'staff']) {
      expect(rolesFor(resource, 'restore')).toEqual(['admin']);
      expect(rolesFor(resource, 'purge')).toEqual(['admin']);
      expect(rolesFor(resource, 'merge')).toEqual(['admin']);
    }
    expect(ADMIN_ONLY_FIELDS.staff).toEqual(expect.arrayContaining(['username', 'password', 'role', 'active']));
  });

  it('lets the office write the partnership records but not units, majors or staff', () => {
    for (const resource of [
      'chambers',
      'enterprises',
      'memberships',
      'contacts',
      'meetings',
      'outcomes',
      'intakes',
      'tasks',
    ]) {
      for (const action of ['create', 'update', 'delete'] as const)
        expect(can(actor('office'), resource, action, {})).toBe(true);
    }
    for (const resource of ['units', 'majors', 'staff']) expect(can(actor('office'), resource, 'create')).toBe(false);
  });

  it('lets the Employment Office create and edit only its two outcome kinds, and delete nothing', () => {
    const employment = actor('employment');
    expect(canOnRecord(employment, 'outcomes', 'create', { kind: 'internship_base' })).toBe(true);
    expect(canOnRecord(employment, 'outcomes', 'update', { kind: 'employment_positions' })).toBe(true);
    expect(canOnRecord(employment, 'outcomes', 'update', { kind: 'joint_lab' })).toBe(false);
    expect(canOnRecord(employment, 'contacts', 'create', {})).toBe(true);
    expect(can(employment, 'contacts', 'delete')).toBe(false);
    expect(can(employment, 'chambers', 'create')).toBe(false);
  });

  it('lets a college edit its own outcomes and intakes, meetings it attends and its own tasks', () => {
    const college = actor('college', { id: 5, unitId: 3 });
    expect(canOnRecord(college, 'outcomes', 'update', { unitId: 3 })).toBe(true);
    expect(canOnRecord(college, 'outcomes', 'update', { unitId: 4 })).toBe(false);
    expect(canOnRecord(college, 'outcomes', 'update', { unitId: null })).toBe(false);
    expect(canOnRecord(college, 'outcomes', 'create', { unitId: 3 })).toBe(false);
    expect(canOnRecord(college, 'intakes', 'create', { unitId: 3 })).toBe(true);
    expect(canOnRecord(college, 'meetings', 'create', { attendeeIds: [9], attendeeUnitIds: [3] })).toBe(true);
    expect(canOnRecord(college, 'meetings', 'update', { attendeeIds: [5], attendeeUnitIds: [null] })).toBe(true);
    expect(canOnRecord(college, 'meetings', 'update', { attendeeIds: [9], attendeeUnitIds: [4] })).toBe(false);
    expect(canOnRecord(college, 'tasks', 'update', { assigneeId: 5 })).toBe(true);
    expect(canOnRecord(college, 'tasks', 'update', { assigneeId: 6 })).toBe(false);
    // a college account without a unit owns no college's records
    expect(canOnRecord(actor('college'), 'outcomes', 'update', { unitId: null })).toBe(false);
  });

  it('lets the leader edit only the tasks assigned to it, and log the visits it goes on', () => {
    expect(canOnRecord(actor('leader', { id: 2 }), 'tasks', 'update', { assigneeId: 2 })).toBe(true);
    expect(canOnRecord(actor('leader', { id: 2 }), 'tasks', 'update', { assigneeId: 3 })).toBe(false);
    expect(canOnRecord(actor('leader', { id: 2 }), 'tasks', 'create', { assigneeId: 3 })).toBe(false);
    expect(canOnRecord(actor('leader', { id: 2 }), 'meetings', 'create', { attendeeIds: [2] })).toBe(true);
    expect(canOnRecord(actor('leader', { id: 2 }), 'meetings', 'create', { attendeeIds: [3] })).toBe(false);
    expect(can(actor('leader'), 'outcomes', 'update')).toBe(false);
  });

  it('shows the whole audit trail to the admin only; the others see one record’s timeline', () => {
    expect(canOnRecord(actor('admin'), 'audit-events', 'read', { oneRecord: false })).toBe(true);
    expect(canOnRecord(actor('office'), 'audit-events', 'read', { oneRecord: false })).toBe(false);
    expect(canOnRecord(actor('viewer'), 'audit-events', 'read', { oneRecord: true })).toBe(true);
  });

  it('refuses what the table does not name, to everyone', () => {
    expect(can(actor('admin'), 'no-such-resource', 'read')).toBe(false);
    expect(can(actor('admin'), 'reports', 'purge')).toBe(false);
  });

  it('lets the dashboard decide from the record it shows, and leave to the server what it cannot know', () => {
    const college = actor('college', { id: 5, unitId: 3 });
    expect(can(college, 'outcomes', 'update', rowFactsOf('outcomes', { id: 1, unitId: 4, kind: 'joint_lab' }))).toBe(
      false,
    );
    expect(can(college, 'outcomes', 'update', rowFactsOf('outcomes', { id: 1, unitId: 3, kind: 'joint_lab' }))).toBe(
      true,
    );
    expect(can(college, 'intakes', 'update', rowFactsOf('intakes', { id: 1, outcomeId: 2 }))).toBe(true);
    expect(can(college, 'meetings', 'update', rowFactsOf('meetings', { id: 1, staffIds: [5], chairId: null }))).toBe(
      true,
    );
  });
});
