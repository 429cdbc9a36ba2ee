import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      'audit-events': {
        name: 'Audit event |||| Audit trail',
        fields: { at: 'When', actorName: 'Who', action: 'Action', resource: 'Resource', recordId: 'Record' },
      },
    },
    crm: {
      audit: { who: 'Who', action: 'Action', resource: 'Resource', when: 'When', record: 'Record', field: 'Field', before: 'Before', after: 'After' },
    },
  },
  'zh-CN': {
    resources: {
      'audit-events': {
        name: '审计记录',
        fields: { at: '时间', actorName: '操作人', action: '操作', resource: '数据类型', recordId: '记录编号' },
      },
    },
    crm: {
      audit: { who: '操作人', action: '操作', resource: '数据类型', when: '时间', record: '记录编号', field: '字段', before: '修改前', after: '修改后' },
    },
  },
});
