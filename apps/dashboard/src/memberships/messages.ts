import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      memberships: {
        fields: { enterpriseId: 'Enterprise', chamberId: 'Chamber', role: 'Role', since: 'Since' },
      },
    },
    crm: {
      memberships: {
        enterprise: 'Enterprise',
        chamber: 'Chamber',
        narrowTo: 'Narrow to',
        roleInTheChamber: 'Role in the chamber',
        member: 'Member',
        eGVicePresidentUnit: 'e.g. vice-president unit, member',
      },
    },
  },
  'zh-CN': {
    resources: {
      memberships: {
        fields: { enterpriseId: '企业', chamberId: '商会', role: '会员身份', since: '入会日期' },
      },
    },
    crm: {
      memberships: {
        enterprise: '企业',
        chamber: '商会',
        narrowTo: '筛选',
        roleInTheChamber: '在商会中的身份',
        member: '会员',
        eGVicePresidentUnit: '例如：副会长单位、会员单位',
      },
    },
  },
});
