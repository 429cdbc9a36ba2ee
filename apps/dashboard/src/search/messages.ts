import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      search: {
        open: 'Search',
        placeholder: 'Enterprises, chambers, contacts, meetings, outcomes — a name, pinyin (leihui, lhst) or any word',
        label: 'Search everything',
        hint: '↑ ↓ to choose, Enter to open, Esc to close',
        none: 'Nothing found for “%{q}”.',
        failed: 'The search failed: %{message}',
      },
    },
  },
  'zh-CN': {
    crm: {
      search: {
        open: '搜索',
        placeholder: '企业、商会、联系人、会议、合作成果——名称、全拼、拼音首字母或任意词',
        label: '全局搜索',
        hint: '↑ ↓ 选择，Enter 打开，Esc 关闭',
        none: '没有找到“%{q}”。',
        failed: '搜索失败：%{message}',
      },
    },
  },
});
