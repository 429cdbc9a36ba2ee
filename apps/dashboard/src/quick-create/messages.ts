import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      lessTyping: {
        addMembers: 'Add several members',
        addMembersTo: 'Add member enterprises to %{name}',
        enterprises: 'Enterprises',
        pasteHelp: 'Or paste a list of names (one a line, or separated by ，or 、):',
        match: 'Match the names',
        unmatched: '%{count} names matched no single enterprise; they are left in the box.',
        addCount: 'Add %{count}',
        membersAdded: '%{count} member enterprises added',
        newAttendee: 'New contact, attending this meeting',
      },
    },
  },
  'zh-CN': {
    crm: {
      lessTyping: {
        addMembers: '批量添加会员企业',
        addMembersTo: '为%{name}添加会员企业',
        enterprises: '企业',
        pasteHelp: '或粘贴企业名单（每行一个，或以中文逗号、顿号分隔）：',
        match: '匹配名单',
        unmatched: '有 %{count} 个名称未能唯一匹配企业，已保留在输入框中。',
        addCount: '添加 %{count} 家',
        membersAdded: '已添加 %{count} 家会员企业',
        newAttendee: '新建联系人并列为本次会议的参会人',
      },
    },
  },
});
