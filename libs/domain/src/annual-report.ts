import type { Localised } from './locale';

/**
 * The 产学合作 figures a vocational school reports each academic year (national status-data
 * platform, annual quality report): one table per major, one per off-campus training base and
 * major. The API computes them, the workbook and the dashboard head them with these names.
 */

/** Where a figure comes from: the records behind it, one click away. */
export interface FigureSource {
  resource: 'enterprises' | 'outcomes' | 'intakes' | 'teacher-practices';
  ids: number[];
}

export const MAJOR_FIGURES = [
  { key: 'cooperatingEnterprises', label: { en: 'Cooperating enterprises', 'zh-CN': '产学合作企业总数' } },
  { key: 'orderClassStudents', label: { en: 'Order-class students', 'zh-CN': '订单培养数' } },
  { key: 'courses', label: { en: 'Co-developed courses', 'zh-CN': '共同开发课程数' } },
  { key: 'textbooks', label: { en: 'Co-developed textbooks', 'zh-CN': '共同开发教材数' } },
  { key: 'partTimeTeachers', label: { en: 'Part-time teachers from enterprises', 'zh-CN': '支持学校兼职教师数' } },
  { key: 'placed', label: { en: 'Students placed in post internships', 'zh-CN': '接受顶岗实习学生数' } },
  {
    key: 'donatedEquipment',
    label: { en: 'Donated equipment (10k CNY)', 'zh-CN': '对学校捐赠设备总值（万元）' },
    tenThousandYuan: true,
  },
  {
    key: 'quasiDonatedEquipment',
    label: { en: 'Quasi-donated equipment (10k CNY)', 'zh-CN': '准捐赠设备总值（万元）' },
    tenThousandYuan: true,
  },
  { key: 'hired', label: { en: 'Graduates hired', 'zh-CN': '接受毕业生就业数' } },
  {
    key: 'technicalServiceIncome',
    label: { en: 'Technical-service income (10k CNY)', 'zh-CN': '学校为企业技术服务年收入（万元）' },
    tenThousandYuan: true,
  },
  {
    key: 'trainingPersonDays',
    label: { en: 'Enterprise staff trained (person-days)', 'zh-CN': '学校为企业年培训员工数（人天）' },
  },
] as const satisfies readonly { key: string; label: Localised; tenThousandYuan?: true }[];
export type MajorFigure = (typeof MAJOR_FIGURES)[number]['key'];

export const BASE_FIGURES = [
  { key: 'trainingProjects', label: { en: 'Training projects', 'zh-CN': '实训项目数' } },
  { key: 'studentVisits', label: { en: 'Student visits', 'zh-CN': '接待学生量（人次）' } },
  { key: 'daysInUse', label: { en: 'Days in use', 'zh-CN': '使用时间（天）' } },
  { key: 'halfYearInterns', label: { en: 'Half-year interns', 'zh-CN': '接收半年顶岗实习学生数' } },
  { key: 'providesAccommodation', label: { en: 'Accommodation', 'zh-CN': '是否提供住宿' }, yesNo: true },
  { key: 'internshipAllowance', label: { en: 'Internship allowance (CNY a month)', 'zh-CN': '实习补贴（元/月）' } },
  { key: 'paymentPerStudent', label: { en: 'School payment (CNY per student)', 'zh-CN': '学校支付费用（元/生）' } },
  { key: 'supervisingTeachers', label: { en: 'Supervising teachers sent', 'zh-CN': '派出指导教师（人次）' } },
  { key: 'hired', label: { en: 'Graduates hired', 'zh-CN': '接受毕业生就业数' } },
] as const satisfies readonly { key: string; label: Localised; yesNo?: true }[];
export type BaseFigure = (typeof BASE_FIGURES)[number]['key'];

/**
 * Per secondary college: the days its teachers practised in enterprises (教师企业实践), each
 * practice counted in the academic year it started, in the college its teacher belonged to then.
 */
export const COLLEGE_FIGURES = [
  { key: 'teacherPracticeDays', label: { en: 'Teacher practice days in enterprises', 'zh-CN': '教师企业实践天数' } },
] as const satisfies readonly {
  key: string;
  label: Localised;
}[];
export type CollegeFigure = (typeof COLLEGE_FIGURES)[number]['key'];

/** The headers beside the figures and the words in their cells, the same in the workbook and on the dashboard's page. */
export const ANNUAL_REPORT_COLUMNS = {
  code: { en: 'Major code', 'zh-CN': '专业代码' },
  major: { en: 'Major', 'zh-CN': '专业名称' },
  college: { en: 'College', 'zh-CN': '二级学院' },
  total: { en: 'Total', 'zh-CN': '合计' },
  base: { en: 'Training base', 'zh-CN': '基地名称' },
  enterprise: { en: 'Enterprise', 'zh-CN': '合作企业' },
  yes: { en: 'Yes', 'zh-CN': '是' },
  no: { en: 'No', 'zh-CN': '否' },
} as const satisfies Record<string, Localised>;

/** CNY as the report writes it: 万元 with two decimals. */
export function tenThousandYuan(yuan: number): number {
  return Math.round(yuan / 100) / 100;
}
