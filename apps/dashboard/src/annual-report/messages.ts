import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    crm: {
      annualReport: {
        title: 'Annual report (industry–education figures)',
        menu: 'Annual report',
        year: 'Academic year',
        download: 'Download XLSX',
        perMajor: 'Per major',
        perBase: 'Per off-campus training base and major',
        code: 'Code',
        major: 'Major',
        college: 'College',
        total: 'Total',
        base: 'Base',
        enterprise: 'Enterprise',
        none: 'No base in force this year.',
        recordsBehind: 'The records behind this figure',
        yes: 'Yes',
        no: 'No',
      },
    },
  },
  'zh-CN': {
    crm: {
      annualReport: {
        title: '年度报表（产学合作数据）',
        menu: '年度报表',
        year: '学年',
        download: '下载 XLSX',
        perMajor: '按专业',
        perBase: '按校外实训基地与专业',
        code: '专业代码',
        major: '专业名称',
        college: '二级学院',
        total: '合计',
        base: '基地名称',
        enterprise: '合作企业',
        none: '本学年没有有效的实训基地。',
        recordsBehind: '此数据对应的记录',
        yes: '是',
        no: '否',
      },
    },
  },
});
