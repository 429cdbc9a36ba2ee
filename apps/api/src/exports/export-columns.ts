import type { Vocabulary } from './vocabulary-labels';

/**
 * A column of an export: the list's column, headed in both languages. A value is written as it
 * is (text, a number, a date), as its label (`vocabulary`), or as the name of the record it names
 * (`reference`: the table and the column that names a row there).
 */
export interface ExportColumn {
  source: string;
  zh: string;
  en: string;
  vocabulary?: Vocabulary;
  reference?: { table: string; name: string };
  /** Numbers stay numbers in a workbook. */
  number?: boolean;
  /** An instant, written as a China time. */
  time?: boolean;
}

const staff = { table: 'staff', name: 'name' };
const enterprises = { table: 'enterprises', name: 'name' };
const chambers = { table: 'chambers', name: 'name' };
const units = { table: 'units', name: 'name' };
const majors = { table: 'majors', name: 'name' };
const meetings = { table: 'meetings', name: 'title' };
const outcomes = { table: 'outcomes', name: 'title' };

/** Per list resource, the columns its list shows (and the identifying ones a sheet needs, such as the USCC). */
export const EXPORT_COLUMNS: Record<string, ExportColumn[]> = {
  enterprises: [
    { source: 'name', zh: '企业名称', en: 'Name' },
    { source: 'uscc', zh: '统一社会信用代码', en: 'USCC' },
    { source: 'relationshipStage', zh: '合作关系', en: 'Relationship', vocabulary: 'relationshipStage' },
    { source: 'tier', zh: '合作层级', en: 'Tier', vocabulary: 'tier' },
    { source: 'ownership', zh: '企业性质', en: 'Ownership', vocabulary: 'ownership' },
    { source: 'industry', zh: '行业', en: 'Industry' },
    { source: 'city', zh: '城市', en: 'City' },
    { source: 'ownerId', zh: '负责人', en: 'Owner', reference: staff },
    { source: 'lastContactDate', zh: '最近联系', en: 'Last contact' },
  ],
  chambers: [
    { source: 'name', zh: '名称', en: 'Name' },
    { source: 'kind', zh: '类型', en: 'Kind', vocabulary: 'chamberKind' },
    { source: 'city', zh: '城市', en: 'City' },
    { source: 'memberCount', zh: '会员企业数', en: 'Members', number: true },
    { source: 'outcomeCount', zh: '合作成果数', en: 'Outcomes', number: true },
    { source: 'ownerId', zh: '负责人', en: 'Owner', reference: staff },
  ],
  memberships: [
    { source: 'chamberId', zh: '商会', en: 'Chamber', reference: chambers },
    { source: 'enterpriseId', zh: '企业', en: 'Enterprise', reference: enterprises },
    { source: 'role', zh: '会内职务', en: 'Role' },
    { source: 'since', zh: '入会日期', en: 'Since' },
  ],
  contacts: [
    { source: 'name', zh: '姓名', en: 'Name' },
    { source: 'title', zh: '职务', en: 'Title' },
    { source: 'enterpriseId', zh: '企业', en: 'Enterprise', reference: enterprises },
    { source: 'chamberId', zh: '商会', en: 'Chamber', reference: chambers },
    { source: 'phone', zh: '电话', en: 'Phone' },
    { source: 'email', zh: '邮箱', en: 'E-mail' },
    { source: 'permission', zh: '联系许可', en: 'Permission', vocabulary: 'contactPermission' },
  ],
  units: [
    { source: 'name', zh: '名称', en: 'Name' },
    { source: 'kind', zh: '类型', en: 'Kind', vocabulary: 'unitKind' },
    { source: 'code', zh: '代码', en: 'Code' },
  ],
  majors: [
    { source: 'code', zh: '专业代码', en: 'Code' },
    { source: 'name', zh: '专业名称', en: 'Name' },
    { source: 'unitId', zh: '二级学院', en: 'College', reference: units },
  ],
  staff: [
    { source: 'name', zh: '姓名', en: 'Name' },
    { source: 'title', zh: '职务', en: 'Position' },
    { source: 'unitId', zh: '部门', en: 'Unit', reference: units },
    { source: 'role', zh: '角色', en: 'Role', vocabulary: 'role' },
    { source: 'username', zh: '用户名', en: 'Username' },
  ],
  meetings: [
    { source: 'startsAt', zh: '时间', en: 'When', time: true },
    { source: 'title', zh: '标题', en: 'Title' },
    { source: 'kind', zh: '类型', en: 'Kind', vocabulary: 'meetingKind' },
    { source: 'location', zh: '地点', en: 'Location' },
    { source: 'chairId', zh: '主持', en: 'Chair', reference: staff },
  ],
  outcomes: [
    { source: 'title', zh: '项目', en: 'Title' },
    { source: 'kind', zh: '类型', en: 'Kind', vocabulary: 'outcomeKind' },
    { source: 'stage', zh: '阶段', en: 'Stage', vocabulary: 'outcomeStage' },
    { source: 'enterpriseId', zh: '合作企业', en: 'Partner', reference: enterprises },
    { source: 'unitId', zh: '负责部门', en: 'Unit', reference: units },
    { source: 'endDate', zh: '到期日', en: 'Ends' },
    { source: 'capacity', zh: '容量（人/年）', en: 'Capacity', number: true },
    { source: 'value', zh: '金额（元）', en: 'Value (CNY)', number: true },
  ],
  intakes: [
    { source: 'academicYear', zh: '学年', en: 'Year' },
    { source: 'term', zh: '学期', en: 'Term', vocabulary: 'term' },
    { source: 'outcomeId', zh: '基地', en: 'Base', reference: outcomes },
    { source: 'majorId', zh: '专业', en: 'Major', reference: majors },
    { source: 'positions', zh: '岗位数', en: 'Positions', number: true },
    { source: 'placed', zh: '安排人数', en: 'Placed', number: true },
    { source: 'hired', zh: '录用人数', en: 'Hired', number: true },
  ],
  tasks: [
    { source: 'title', zh: '任务', en: 'Title' },
    { source: 'dueDate', zh: '截止日期', en: 'Due' },
    { source: 'assigneeId', zh: '负责人', en: 'Assignee', reference: staff },
    { source: 'meetingId', zh: '来源会议', en: 'Meeting', reference: meetings },
    { source: 'enterpriseId', zh: '企业', en: 'Enterprise', reference: enterprises },
    { source: 'doneAt', zh: '完成时间', en: 'Done', time: true },
  ],
};
