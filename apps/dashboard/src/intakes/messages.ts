import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      intakes: {
        fields: {
          outcomeId: 'Internship base',
          academicYear: 'Academic year',
          term: 'Term',
          majorId: 'Major',
          positions: 'Positions',
          placed: 'Placed',
          hired: 'Hired',
          notes: 'Notes',
        },
      },
    },
    crm: {
      intakes: {
        intake: 'Intake',
        internshipBase: 'Internship base',
        major: 'Major',
        positionsOffered: 'Positions offered',
        studentsPlaced: 'Students placed',
        hiredAfterTheInternship: 'Hired after the internship',
        history: 'History',
        internshipBaseOutcome: 'Internship base (outcome)',
        yearExample: 'e.g. 2024-2025',
        academicYear: 'Academic year',
        term: 'Term',
        narrowTo: 'Narrow to',
        enterprise: 'Enterprise',
        year: 'Year',
        base: 'Base',
        // breadcrumbs, reference fields and the delete dialog's title
        representation: '%{academicYear} %{term}: %{placed} placed',
      },
    },
  },
  'zh-CN': {
    resources: {
      intakes: {
        fields: {
          outcomeId: '实习基地',
          academicYear: '学年',
          term: '学期',
          majorId: '专业',
          positions: '岗位数',
          placed: '实习人数',
          hired: '留用人数',
          notes: '备注',
        },
      },
    },
    crm: {
      intakes: {
        intake: '实习接收',
        internshipBase: '实习基地',
        major: '专业',
        positionsOffered: '提供岗位数',
        studentsPlaced: '安排实习人数',
        hiredAfterTheInternship: '实习后留用人数',
        history: '变更历史',
        internshipBaseOutcome: '实习基地（合作成果）',
        yearExample: '例如 2024-2025',
        academicYear: '学年',
        term: '学期',
        narrowTo: '筛选',
        enterprise: '企业',
        year: '学年',
        base: '实习基地',
        representation: '%{academicYear} %{term}：实习 %{placed} 人',
      },
    },
  },
});
