/**
 * The 产学合作 figures a vocational school reports each academic year (national status-data
 * platform, annual quality report): one table per major, one per off-campus training base and
 * major. The API computes them, the workbook and the dashboard head them with these names.
 */

/** Where a figure comes from: the records behind it, one click away. */
export interface FigureSource {
  resource: 'enterprises' | 'outcomes' | 'intakes';
  ids: number[];
}

export const MAJOR_FIGURES = [
  { key: 'cooperatingEnterprises', zh: '产学合作企业总数', en: 'Cooperating enterprises' },
  { key: 'orderClassStudents', zh: '订单培养数', en: 'Order-class students' },
  { key: 'courses', zh: '共同开发课程数', en: 'Co-developed courses' },
  { key: 'textbooks', zh: '共同开发教材数', en: 'Co-developed textbooks' },
  { key: 'partTimeTeachers', zh: '支持学校兼职教师数', en: 'Part-time teachers from enterprises' },
  { key: 'placed', zh: '接受顶岗实习学生数', en: 'Students placed in post internships' },
  { key: 'donatedEquipment', zh: '对学校捐赠设备总值（万元）', en: 'Donated equipment (10k CNY)', tenThousandYuan: true },
  { key: 'quasiDonatedEquipment', zh: '准捐赠设备总值（万元）', en: 'Quasi-donated equipment (10k CNY)', tenThousandYuan: true },
  { key: 'hired', zh: '接受毕业生就业数', en: 'Graduates hired' },
  { key: 'technicalServiceIncome', zh: '学校为企业技术服务年收入（万元）', en: 'Technical-service income (10k CNY)', tenThousandYuan: true },
  { key: 'trainingPersonDays', zh: '学校为企业年培训员工数（人天）', en: 'Enterprise staff trained (person-days)' },
] as const;
export type MajorFigure = (typeof MAJOR_FIGURES)[number]['key'];

export const BASE_FIGURES = [
  { key: 'trainingProjects', zh: '实训项目数', en: 'Training projects' },
  { key: 'studentVisits', zh: '接待学生量（人次）', en: 'Student visits' },
  { key: 'daysInUse', zh: '使用时间（天）', en: 'Days in use' },
  { key: 'halfYearInterns', zh: '接收半年顶岗实习学生数', en: 'Half-year interns' },
  { key: 'providesAccommodation', zh: '是否提供住宿', en: 'Accommodation', yesNo: true },
  { key: 'internshipAllowance', zh: '实习补贴（元/月）', en: 'Internship allowance (CNY a month)' },
  { key: 'paymentPerStudent', zh: '学校支付费用（元/生）', en: 'School payment (CNY per student)' },
  { key: 'supervisingTeachers', zh: '派出指导教师（人次）', en: 'Supervising teachers sent' },
  { key: 'hired', zh: '接受毕业生就业数', en: 'Graduates hired' },
] as const;
export type BaseFigure = (typeof BASE_FIGURES)[number]['key'];

export interface AnnualMajorRow {
  majorId: number;
  code: string;
  major: string;
  college: string | null;
  figures: Record<MajorFigure, number>;
  sources: Record<MajorFigure, FigureSource>;
}

export interface AnnualBaseRow {
  outcomeId: number;
  base: string;
  enterprise: string;
  majorId: number | null;
  code: string | null;
  major: string | null;
  figures: Record<Exclude<BaseFigure, 'providesAccommodation'>, number> & { providesAccommodation: boolean | null };
  sources: Record<BaseFigure, FigureSource>;
}

export interface AnnualReport {
  academicYear: string;
  majors: AnnualMajorRow[];
  /** The school's totals: an enterprise serving two majors counted once, outcomes recorded without a major included. */
  totals: Record<MajorFigure, number>;
  bases: AnnualBaseRow[];
}

/** CNY as the report writes it: 万元 with two decimals. */
export function tenThousandYuan(yuan: number): number {
  return Math.round(yuan / 100) / 100;
}
