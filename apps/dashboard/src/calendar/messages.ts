import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      calendar: {
        menu: 'Calendar link',
        title: 'Subscribe to my calendar',
        explain:
          'Add this address as a subscribed calendar in Outlook, Apple or Google Calendar: your meetings and open tasks appear there. Keep it private; a new link stops the old one.',
        renew: 'New link',
        copy: 'Copy',
        copied: 'Link copied',
      },
    },
  },
  'zh-CN': {
    crm: {
      calendar: {
        menu: '日历订阅链接',
        title: '订阅我的日历',
        explain:
          '在 Outlook、Apple 或 Google 日历中以“订阅日历”添加此地址，即可看到您的会议和未完成任务。请勿外传；生成新链接后旧链接失效。',
        renew: '生成新链接',
        copy: '复制',
        copied: '链接已复制',
      },
    },
  },
});
