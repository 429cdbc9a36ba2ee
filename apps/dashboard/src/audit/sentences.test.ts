import type { AuditEvent } from '@crm/domain';
import { describeEvent } from './sentences';

const event = (extra: Partial<AuditEvent>): AuditEvent => ({ id: 1, at: '2024-03-21T06:00:00Z', actorId: 2, actorName: '魏鹏', resource: 'outcomes', recordId: 9, action: 'update', before: null, after: null, ...extra });

describe('a record’s history in sentences', () => {
  it('says a kanban move as a move between stages', () => {
    const move = event({ action: 'move', before: { title: '江朗联合实验室', stage: 'negotiating' }, after: { title: '江朗联合实验室', stage: 'signed' } });
    expect(describeEvent(move)).toBe('魏鹏 moved 江朗联合实验室 from Negotiating to Signed');
    expect(describeEvent({ ...move, action: 'update' })).toBe('魏鹏 moved 江朗联合实验室 from Negotiating to Signed');
  });

  it('names the fields an edit changed, leaving out derived ones', () => {
    const edit = event({ before: { title: 'Lab', notes: 'a', position: 1, academicYear: '2023-2024' }, after: { title: 'Lab', notes: 'b', position: 2, academicYear: '2024-2025' } });
    expect(describeEvent(edit)).toBe('魏鹏 changed notes of Lab');
  });

  it('tells creation, deletion, restore, purge, role changes and logins apart', () => {
    expect(describeEvent(event({ action: 'create', after: { name: 'Zhejiang Chamber' } }))).toBe('魏鹏 created Zhejiang Chamber');
    expect(describeEvent(event({ action: 'delete', before: { name: 'X' }, after: { name: 'X' } }))).toBe('魏鹏 deleted X');
    expect(describeEvent(event({ action: 'restore', actorName: null, after: { name: 'X' } }))).toBe('The system restored X');
    expect(describeEvent(event({ action: 'purge', before: { title: 'Old' } }))).toBe('魏鹏 purged Old for good');
    expect(describeEvent(event({ action: 'role_change', resource: 'staff', before: { name: '李娜', role: 'viewer' }, after: { name: '李娜', role: 'office' } }))).toBe(
      '魏鹏 changed the role of 李娜 from Read only to Industry-Education Integration Office',
    );
    expect(describeEvent(event({ action: 'login_failed', actorName: null, after: { username: 'admin' } }))).toBe('A login as admin failed');
  });
});
