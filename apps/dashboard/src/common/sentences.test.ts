import { AUDIT_ACTIONS, type AuditEvent } from '@crm/domain';
import { createI18nProvider } from '../i18n';
import { SECTIONS } from '../messages';
import { vocabularyKey } from '../i18n/vocabulary';
import { describeEvent } from './sentences';

const event = (extra: Partial<AuditEvent>): AuditEvent => ({
  id: 1,
  at: '2024-03-21T06:00:00Z',
  actorId: 2,
  actorName: '魏鹏',
  actorUsername: null,
  resource: 'outcomes',
  recordId: 9,
  action: 'update',
  before: null,
  after: null,
  ...extra,
});

function sayIn(locale: 'zh-CN' | 'en') {
  const provider = createI18nProvider(SECTIONS, locale);
  const translate = (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
  const names: Record<string, Record<number, string>> = {
    outcomes: { 7: '江朗实习基地' },
    majors: { 3: '软件技术' },
    enterprises: { 11: '江朗科技', 12: '华为' },
    staff: { 4: '李娜' },
  };
  return (e: AuditEvent) =>
    describeEvent(e, {
      translate,
      label: (name, value) => (value ? translate(vocabularyKey(name, value)) : ''),
      name: (resource, id) => names[resource]?.[id],
      date: (day) => `[${day}]`,
    });
}

describe('a record’s history in sentences', () => {
  const move = event({
    action: 'move',
    before: { title: '江朗联合实验室', stage: 'negotiating' },
    after: { title: '江朗联合实验室', stage: 'signed' },
  });

  it('says a kanban move as a move between stages, in Chinese and in English', () => {
    expect(sayIn('zh-CN')(move)).toBe('魏鹏 把 江朗联合实验室 从 洽谈中 移到 已签约');
    expect(sayIn('en')(move)).toBe('魏鹏 moved 江朗联合实验室 from Negotiating to Signed');
    expect(sayIn('en')({ ...move, action: 'update' })).toBe('魏鹏 moved 江朗联合实验室 from Negotiating to Signed');
  });

  it('says each field an edit changed by its label, before → after, leaving out derived ones', () => {
    const edit = event({
      before: { title: '江朗实习基地', capacity: 30, position: 1, academicYear: '2023-2024' },
      after: { title: '江朗实习基地', capacity: 40, position: 2, academicYear: '2024-2025' },
    });
    expect(sayIn('zh-CN')(edit)).toBe('魏鹏 修改了 江朗实习基地：将 容量 从 30 改为 40');
    expect(sayIn('en')(edit)).toBe('魏鹏 changed 江朗实习基地: Capacity from 30 to 40');
  });

  it('shows labels, names and dates instead of stored values and ids', () => {
    const edit = event({
      before: { title: 'Lab', kind: 'joint_lab', ownerId: null, endDate: '2025-08-31', notes: 'x'.repeat(60) },
      after: { title: 'Lab', kind: 'internship_base', ownerId: 4, endDate: null, notes: 'y'.repeat(60) },
    });
    expect(sayIn('zh-CN')(edit)).toBe(
      '魏鹏 修改了 Lab：将 类型 从 联合实验室 改为 实习基地；将 负责人 设为 李娜；清空了 到期日期（原为 [2025-08-31]）；修改了 备注',
    );
  });

  it('says what a list of records gained and lost, by name', () => {
    const edit = event({
      resource: 'meetings',
      before: { title: '座谈会', enterpriseIds: [11, 99] },
      after: { title: '座谈会', enterpriseIds: [11, 12] },
    });
    expect(sayIn('zh-CN')(edit)).toBe('魏鹏 修改了 座谈会：企业 增加了 华为；企业 移除了 记录 99');
  });

  it('names an intake by its base, year, term and major rather than its number', () => {
    const created = event({
      resource: 'intakes',
      action: 'create',
      after: { outcomeId: 7, academicYear: '2024-2025', term: 'autumn', majorId: 3, placed: 5 },
    });
    expect(sayIn('zh-CN')(created)).toBe('魏鹏 新建了 江朗实习基地 2024-2025 秋季学期 软件技术');
  });

  it('tells creation, deletion, restore, purge, role changes and logins apart', () => {
    const en = sayIn('en');
    expect(en(event({ action: 'create', after: { name: 'Zhejiang Chamber' } }))).toBe('魏鹏 created Zhejiang Chamber');
    expect(en(event({ action: 'delete', before: { name: 'X' }, after: { name: 'X' } }))).toBe('魏鹏 deleted X');
    expect(en(event({ action: 'restore', actorName: null, after: { name: 'X' } }))).toBe('The system restored X');
    expect(en(event({ action: 'purge', before: { title: 'Old' } }))).toBe('魏鹏 purged Old for good');
    expect(
      en(
        event({
          action: 'role_change',
          resource: 'staff',
          before: { name: '李娜', role: 'viewer' },
          after: { name: '李娜', role: 'office' },
        }),
      ),
    ).toMatch(/^魏鹏 changed the role of 李娜 from \S.* to \S/);
    expect(en(event({ action: 'login_failed', actorName: null, after: { username: 'admin' } }))).toBe(
      'A login as admin failed',
    );
    expect(sayIn('zh-CN')(event({ action: 'create', after: { name: '浙江商会' } }))).toBe('魏鹏 新建了 浙江商会');
  });

  it('names the actor by display name and username, so a self-chosen “Administrator” spoofs nothing', () => {
    expect(
      sayIn('en')(
        event({ action: 'create', actorName: 'Administrator', actorUsername: 'li.na', after: { name: 'X' } }),
      ),
    ).toBe('Administrator (li.na) created X');
    expect(sayIn('zh-CN')(event({ action: 'refused', after: { method: 'POST', path: '/api/chambers' } }))).toBe(
      '魏鹏 的请求 POST /api/chambers 被拒绝（403）',
    );
  });

  it('has a sentence for every audit action in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const say = sayIn(locale);
      for (const action of AUDIT_ACTIONS) {
        const sentence = say(
          event({ action, before: { name: 'X', role: 'viewer' }, after: { name: 'X', role: 'office', username: 'x' } }),
        );
        expect([action, sentence]).not.toEqual([action, expect.stringContaining('crm.')]);
      }
    }
  });
});
