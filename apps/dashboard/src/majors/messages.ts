import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      majors: {
        fields: { code: 'Code', name: 'Name', unitId: 'College' },
      },
    },
    crm: {
      majors: {
        nationalMajorCode: 'National major code',
        secondaryCollege: 'Secondary college',
        college: 'College',
        major: 'Major',
        internships: 'Internships',
        year: 'Year',
        base: 'Base',
        history: 'History',
      },
    },
  },
  'zh-CN': {
    resources: {
      majors: {
        fields: { code: '专业代码', name: '专业名称', unitId: '所属学院' },
      },
    },
    crm: {
      majors: {
        nationalMajorCode: '国家专业代码',
        secondaryCollege: '二级学院',
        college: '所属学院',
        major: '专业',
        internships: '实习',
        year: '学年',
        base: '实习基地',
        history: '变更历史',
      },
    },
  },
});
