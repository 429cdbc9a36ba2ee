import { defineMessages } from '../define';

/** The annual report's workbook: sheet names and the headers beside the figures (whose names are in libs/domain). */
export default defineMessages(
  'annualReport',
  {
    formatOneOf: 'must be json or xlsx',
    majorsSheet: 'Per major',
    basesSheet: 'Training bases',
    code: 'Major code',
    major: 'Major',
    college: 'College',
    total: 'Total',
    base: 'Training base',
    enterprise: 'Enterprise',
    yes: 'Yes',
    no: 'No',
  },
  {
    formatOneOf: '只能是 json 或 xlsx',
    majorsSheet: '专业产学合作',
    basesSheet: '校外实训基地',
    code: '专业代码',
    major: '专业名称',
    college: '二级学院',
    total: '合计',
    base: '基地名称',
    enterprise: '合作企业',
    yes: '是',
    no: '否',
  },
);
