import { defineMessages } from '../i18n/define';

/** The practice's name comes from the resource list (libs/domain/src/resources.ts), with the other resources'. */
export default defineMessages({
  en: {
    resources: {
      'teacher-practices': {
        fields: {
          staffId: 'Teacher',
          unitId: 'College',
          enterpriseId: 'Enterprise',
          outcomeId: 'Cooperation project',
          startsOn: 'From',
          endsOn: 'To',
          days: 'Days in the enterprise',
          content: 'What the teacher did',
        },
      },
    },
    crm: {
      teacherPractices: {
        representation: '%{startsOn} – %{endsOn} (%{days} days)',
        practice: 'Practice',
        history: 'History',
        tab: 'Teacher practice',
        add: 'Record a practice',
        none: 'No teacher practice recorded.',
        narrowTo: 'Narrow to',
        college: 'College',
        teacher: 'Teacher',
        enterprise: 'Enterprise',
        daysHelp: 'Left empty: the whole period, %{days} days. Fewer if the teacher went part of the time.',
        daysHelpEmpty: 'Left empty: every day of the period.',
        daysOverSpan: 'At most the %{days} days of the period',
        endsBeforeStart: 'Must not be before the first day',
        contentHelp: 'The post, the work done, what was learnt for teaching.',
        outcomeHelp: 'The cooperation project with this enterprise it belongs to, if any.',
      },
    },
  },
  'zh-CN': {
    resources: {
      'teacher-practices': {
        fields: {
          staffId: '教师',
          unitId: '二级学院',
          enterpriseId: '实践企业',
          outcomeId: '合作项目',
          startsOn: '开始日期',
          endsOn: '结束日期',
          days: '实践天数',
          content: '实践内容',
        },
      },
    },
    crm: {
      teacherPractices: {
        representation: '%{startsOn} 至 %{endsOn}（%{days} 天）',
        practice: '实践记录',
        history: '变更记录',
        tab: '教师企业实践',
        add: '登记企业实践',
        none: '暂无教师企业实践记录。',
        narrowTo: '筛选',
        college: '二级学院',
        teacher: '教师',
        enterprise: '实践企业',
        daysHelp: '留空即整个期间共 %{days} 天；如非全时在岗，请填写实际天数。',
        daysHelpEmpty: '留空即期间内每一天。',
        daysOverSpan: '不能超过期间的 %{days} 天',
        endsBeforeStart: '不能早于开始日期',
        contentHelp: '岗位、所做工作、对教学的收获。',
        outcomeHelp: '所属的与该企业的合作项目（如有）。',
      },
    },
  },
});
