import { defineMessages } from '../define';

/** The annual report's workbook: sheet names (its column headers and the figures' names are in libs/domain/src/annual-report.ts). */
export default defineMessages(
  'annualReport',
  {
    formatOneOf: 'must be json or xlsx',
    majorsSheet: 'Per major',
    basesSheet: 'Training bases',
    collegesSheet: 'Per college',
  },
  {
    formatOneOf: '只能是 json 或 xlsx',
    majorsSheet: '专业产学合作',
    basesSheet: '校外实训基地',
    collegesSheet: '二级学院',
  },
);
