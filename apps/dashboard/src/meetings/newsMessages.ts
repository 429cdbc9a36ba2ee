import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      news: {
        draft: 'News draft',
        title: 'Title',
        body: 'Text',
        copy: 'Copy',
        copied: 'Copied: paste it into the news system',
      },
    },
  },
  'zh-CN': {
    crm: {
      news: { draft: '新闻稿', title: '标题', body: '正文', copy: '复制', copied: '已复制，可粘贴到新闻发布系统' },
    },
  },
});
