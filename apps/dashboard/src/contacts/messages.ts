import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      contacts: {
        fields: {
          name: 'Name',
          title: 'Title',
          enterpriseId: 'Enterprise',
          chamberId: 'Chamber',
          phone: 'Phone',
          email: 'E-mail',
          wechat: 'WeChat',
          permission: 'Contact permission',
          notes: 'Notes',
        },
      },
    },
    crm: {
      contacts: {
        enterprise: 'Enterprise',
        chamber: 'Chamber',
        permission: 'Permission',
        organisation: 'Organisation',
        contact: 'Contact',
        wechat: 'WeChat',
        meetings: 'Meetings',
        notAtAnyMeetingYet: 'Not at any meeting yet.',
        when: 'When',
        history: 'History',
        jobTitle: 'Job title',
        worksAtEnterprise: 'Works at enterprise',
        anEnterpriseOrAChamber:
          'An enterprise or a chamber, not both. Not in the CRM yet? Type its name and choose Create.',
        orAtChamber: '…or at chamber',
      },
    },
  },
  'zh-CN': {
    resources: {
      contacts: {
        fields: {
          name: '姓名',
          title: '职务',
          enterpriseId: '企业',
          chamberId: '商会',
          phone: '电话',
          email: '电子邮件',
          wechat: '微信',
          permission: '联系权限',
          notes: '备注',
        },
      },
    },
    crm: {
      contacts: {
        enterprise: '企业',
        chamber: '商会',
        permission: '联系权限',
        organisation: '所在单位',
        contact: '联系人',
        wechat: '微信',
        meetings: '会议',
        notAtAnyMeetingYet: '尚未参加任何会议。',
        when: '时间',
        history: '变更历史',
        jobTitle: '职务',
        worksAtEnterprise: '所在企业',
        anEnterpriseOrAChamber: '企业或商会，只填一项；尚未录入的，输入名称后选择“新建”。',
        orAtChamber: '……或所在商会',
      },
    },
  },
});
