import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      agreements: {
        renew: 'Renew',
        renewTitle: 'Renew “%{title}”',
        terms: 'Terms',
        from: 'From',
        to: 'To',
        signed: 'Signed',
        renewed: 'Renewed',
        current: 'Current term',
        newEnd: 'New end date',
        signedOn: 'Signed on',
        renewedNotice: 'Agreement renewed',
        tab: 'Agreement and files',
      },
    },
  },
  'zh-CN': {
    crm: {
      agreements: {
        renew: '续签',
        renewTitle: '续签“%{title}”',
        terms: '协议期限',
        from: '起始',
        to: '截止',
        signed: '签订日期',
        renewed: '续签记录',
        current: '当前期限',
        newEnd: '新的截止日期',
        signedOn: '签订日期',
        renewedNotice: '协议已续签',
        tab: '协议与附件',
      },
    },
  },
});
