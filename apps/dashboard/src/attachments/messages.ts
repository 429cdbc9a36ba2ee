import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      attachments: {
        title: 'Attachments',
        add: 'Attach files',
        none: 'No file attached yet.',
        tooLarge: '“%{name}” is over 25 MB and was not attached.',
        failed: 'The file could not be attached.',
      },
    },
  },
  'zh-CN': {
    crm: {
      attachments: {
        title: '附件',
        add: '添加附件',
        none: '尚无附件。',
        tooLarge: '“%{name}”超过 25 MB，未上传。',
        failed: '附件上传失败。',
      },
    },
  },
});
