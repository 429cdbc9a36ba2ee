import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      duplicates: {
        title: 'Likely duplicates',
        menu: 'Duplicates',
        enterprises: 'Enterprises',
        contacts: 'Contacts',
        none: 'No likely duplicates.',
        reasons: { uscc: 'same USCC', name: 'same name', alias: 'name of one is an alias of the other', phone: 'same phone', email: 'same e-mail' },
        compare: 'Compare',
        created: 'created %{date}',
        mergeTitle: 'Merge two records',
        field: 'Field',
        keep: 'Keep',
        other: 'Merge in (goes to the trash)',
        help: 'The record on the left is kept. For each field, choose the value to keep; everything that points at the other record (contacts, memberships, meetings, outcomes and their intakes, tasks) moves to the kept one, and the other’s names become aliases.',
        swap: 'Keep the other one instead',
        merge: 'Merge',
        merged: 'Merged: %{moved}',
        adminOnly: 'Only the administrator merges records.',
        twin: 'Already recorded, perhaps the same: ',
        twinReason: ' (%{reason})',
      },
    },
  },
  'zh-CN': {
    crm: {
      duplicates: {
        title: '疑似重复记录',
        menu: '重复记录',
        enterprises: '企业',
        contacts: '联系人',
        none: '没有疑似重复的记录。',
        reasons: { uscc: '信用代码相同', name: '名称相同', alias: '一方名称是另一方的别名', phone: '电话相同', email: '邮箱相同' },
        compare: '比较',
        created: '创建于 %{date}',
        mergeTitle: '合并两条记录',
        field: '字段',
        keep: '保留',
        other: '并入（移入回收站）',
        help: '左侧记录将被保留。请逐个字段选择要保留的值；指向另一条记录的一切（联系人、商会会员、会议、合作成果及其实习数据、任务）都将转到保留的记录，另一条的名称成为别名。',
        swap: '改为保留另一条',
        merge: '合并',
        merged: '已合并：%{moved}',
        adminOnly: '只有管理员可以合并记录。',
        twin: '已有可能相同的记录：',
        twinReason: '（%{reason}）',
      },
    },
  },
});
