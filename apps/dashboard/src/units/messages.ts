import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      units: {
        fields: { name: 'Name', kind: 'Kind', code: 'Code', notes: 'Notes', wecomWebhook: 'WeChat Work group robot' },
      },
    },
    crm: {
      units: {
        kind: 'Kind',
        unit: 'Unit',
        majors: 'Majors',
        addAMajor: 'Add a major',
        projects: 'Projects',
        staff: 'Staff',
        addAStaffMember: 'Add a staff member',
        history: 'History',
        wecomWebhookHelp:
          'The webhook address of the group robot: the unit’s tasks and agreements are posted there instead of the school’s group.',
      },
    },
  },
  'zh-CN': {
    resources: {
      units: {
        fields: { name: '名称', kind: '类型', code: '代码', notes: '备注', wecomWebhook: '企业微信群机器人' },
      },
    },
    crm: {
      units: {
        kind: '类型',
        unit: '单位',
        majors: '专业',
        addAMajor: '添加专业',
        projects: '合作项目',
        staff: '教职工',
        addAStaffMember: '添加教职工',
        history: '变更历史',
        wecomWebhookHelp: '群机器人的回调地址：本单位的任务和协议通知发到该群，而不是全校群。',
      },
    },
  },
});
