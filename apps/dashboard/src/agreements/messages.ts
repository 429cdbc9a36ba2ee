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
        expiryTitle: 'Agreements ended without renewal, and ending within %{days} days',
        agreement: 'Agreement',
        partner: 'Partner',
        status: 'Status',
        renewalTask: 'Renewal task',
        openTask: 'Open the task',
        endedNotRenewed: 'Ended %{days} days ago, not renewed',
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
        expiryTitle: '已到期未续签及 %{days} 天内到期的协议',
        agreement: '协议',
        partner: '合作企业',
        status: '状态',
        renewalTask: '续签任务',
        openTask: '查看任务',
        endedNotRenewed: '已到期 %{days} 天，未续签',
      },
    },
  },
});
