import { BadRequestException } from '@nestjs/common';
import {
  EXPORT_COLUMNS,
  IMPORT_READS_EXPORT,
  LIST_CELL_SEPARATOR,
  LOCALES,
  type Action,
  type ExportColumn,
  type ExportedResource,
} from '@crm/domain';
import { msg, translate } from '../common/i18n';
import { exportHeader, unescapeCell } from '../exports/spreadsheet';

export const IMPORT_KINDS = ['enterprises', 'contacts', 'memberships', 'attendees', 'teacher-practices'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import of each kind does, in the permission table's words: the importer needs that right too. */
export const IMPORT_WRITES: Record<ImportKind, { resource: string; action: Action }> = {
  enterprises: { resource: 'enterprises', action: 'create' },
  contacts: { resource: 'contacts', action: 'create' },
  memberships: { resource: 'memberships', action: 'create' },
  attendees: { resource: 'meetings', action: 'update' },
  'teacher-practices': { resource: 'teacher-practices', action: 'create' },
};

/** What a column of an imported sheet may hold; values of a row are keyed by these. */
export type ImportField =
  | 'name'
  | 'uscc'
  | 'aliases'
  | 'city'
  | 'industry'
  | 'address'
  | 'website'
  | 'notes'
  | 'organisation'
  | 'title'
  | 'phone'
  | 'email'
  | 'wechat'
  | 'role'
  | 'chamber'
  | 'ownership'
  | 'size'
  | 'tier'
  | 'owner'
  | 'permission'
  | 'startsOn'
  | 'endsOn'
  | 'days'
  | 'content';
/** A row's cells by field; once read (labels.ts), labelled cells hold their value and `ownerId` the owner's id: what a commit writes. */
export type RowValues = Partial<Record<ImportField, string>> & { ownerId?: number };

/**
 * The field a column of the export read back (`IMPORT_READS_EXPORT`) fills: its source's name, or for a
 * column naming a record, the field that names it here.
 */
const FIELD_OF_REFERENCE: Record<string, ImportField> = {
  ownerId: 'owner',
  enterpriseId: 'organisation',
  chamberId: 'chamber',
  staffId: 'owner',
};

/** The columns of the export a kind reads back, with the field each fills. */
export function exportReadBack(
  kind: ImportKind,
): { resource: ExportedResource; column: ExportColumn; field: ImportField }[] {
  const resource = IMPORT_READS_EXPORT[kind];
  return resource
    ? EXPORT_COLUMNS[resource].map((column) => ({
        resource,
        column,
        field: FIELD_OF_REFERENCE[column.source] ?? (column.source as ImportField),
      }))
    : [];
}

/** Headers offices write besides the export's own. */
const ENTERPRISE_NAME = [
  '企业名称',
  '名称',
  '单位名称',
  '公司名称',
  '企业',
  '公司',
  '会员单位',
  'name',
  'enterprise',
  'enterprisename',
  'company',
  'companyname',
];
const ENTERPRISE_DETAILS = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'unifiedsocialcreditcode', 'creditcode'],
  aliases: ['别名', '简称', '企业简称', '曾用名', '英文名称', '英文名', 'alias', 'aliases', 'shortname', 'englishname'],
  city: ['城市', '所在城市', '所在地', '所在地区', 'city'],
  industry: ['行业', '所属行业', '行业类别', 'industry'],
  address: ['地址', '注册地址', '办公地址', '通讯地址', 'address'],
  website: ['网址', '网站', '官网', 'website', 'web'],
  ownership: ['企业性质', '所有制', '所有制形式', '经济类型', '单位性质', '性质', 'ownershiptype'],
  size: ['规模', '企业规模', '公司规模', 'companysize', 'scale'],
  tier: ['合作层级', '合作等级', '合作级别', '层级', 'partnertier'],
  owner: ['负责人', '对接人', '负责老师', '联系老师', '校方负责人', 'accountowner'],
};
const PERSON = {
  name: ['姓名', '联系人', '联系人姓名', '名字', 'name', 'contact', 'contactname', 'fullname'],
  organisation: [
    '单位',
    '工作单位',
    '单位名称',
    '所在单位',
    '企业',
    '企业名称',
    '公司',
    '公司名称',
    'organisation',
    'organization',
    'company',
    'enterprise',
    'employer',
  ],
  title: ['职务', '职位', '头衔', 'title', 'position', 'jobtitle'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '联系方式', 'phone', 'mobile', 'tel', 'telephone'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
  wechat: ['微信', '微信号', 'wechat'],
  chamber: ['商会', '所属商会', '商会名称'],
  permission: ['联系权限', '联系许可', 'contactpermission'],
};
const NOTES = ['备注', '说明', 'notes', 'note', 'remarks'];

/** The synonyms each kind of import recognises, per field; the first field is the one a header row must have. */
export const IMPORT_COLUMNS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  enterprises: { name: ENTERPRISE_NAME, ...ENTERPRISE_DETAILS, notes: NOTES },
  contacts: { ...PERSON, notes: NOTES },
  attendees: { ...PERSON },
  memberships: {
    name: ENTERPRISE_NAME,
    uscc: ENTERPRISE_DETAILS.uscc,
    role: ['会内职务', '商会职务', '职务', '会员类别', 'role', 'membershiprole'],
    chamber: ['商会', '商会名称', '所属商会', 'chamber'],
    city: ENTERPRISE_DETAILS.city,
    industry: ENTERPRISE_DETAILS.industry,
  },
  // the teacher is read as a staff member named, like an owner: by name or username
  'teacher-practices': {
    owner: ['教师', '教师姓名', '姓名', '实践教师', 'teacher', 'name'],
    organisation: ['实践企业', '企业', '企业名称', '实践单位', 'enterprise', 'company'],
    startsOn: ['开始日期', '开始时间', '起始日期', 'from', 'start'],
    endsOn: ['结束日期', '结束时间', '截止日期', 'to', 'end'],
    days: ['实践天数', '天数', 'days'],
    content: ['实践内容', '内容', '工作内容', 'content'],
  },
};

/** The column a header row of a kind's sheet must have: its first field. */
export const requiredField = (kind: ImportKind) => Object.keys(IMPORT_COLUMNS[kind])[0] as ImportField;

/** What a header of a kind's sheet is: a field, a column the server derives (read back from an export, not imported), or unknown. */
type HeaderMeaning = { field: ImportField } | { derived: true };

const HEADERS = new Map<ImportKind, Map<string, HeaderMeaning>>();

/** Every header a kind recognises: the export's own in both languages first, then the synonyms. */
function headersOf(kind: ImportKind): Map<string, HeaderMeaning> {
  let lookup = HEADERS.get(kind);
  if (lookup) return lookup;
  lookup = new Map();
  const add = (header: string, meaning: HeaderMeaning) => {
    if (!lookup!.has(headerKey(header))) lookup!.set(headerKey(header), meaning);
  };
  for (const { resource, column, field } of exportReadBack(kind)) {
    for (const locale of LOCALES)
      add(translate(exportHeader(resource, column), locale), column.derived ? { derived: true } : { field });
  }
  for (const [field, headers] of Object.entries(IMPORT_COLUMNS[kind]) as [ImportField, string[]][])
    for (const header of headers) add(header, { field });
  HEADERS.set(kind, lookup);
  return lookup;
}

/** A header as compared: folded width and case, without spaces, punctuation, a required mark (*) or a note in brackets. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export interface SheetLayout {
  /** Index of the header row in the sheet. */
  headerRow: number;
  /** Column index of each recognised field. */
  columns: Partial<Record<ImportField, number>>;
  /** Headed columns that are not imported: kept by the server (an enterprise's stage), or not recognised. */
  skipped: SkippedColumn[];
}

export interface SkippedColumn {
  header: string;
  derived: boolean;
}

/** Finds the header row among the first rows: the first that names the kind's required column. */
export function findLayout(kind: ImportKind, rows: string[][]): SheetLayout {
  const lookup = headersOf(kind);
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const columns: Partial<Record<ImportField, number>> = {};
    const skipped: SkippedColumn[] = [];
    rows[index].forEach((cell, column) => {
      const header = (cell ?? '').trim();
      const meaning = lookup.get(headerKey(header));
      if (meaning && 'field' in meaning && columns[meaning.field] === undefined) columns[meaning.field] = column;
      else if (header) skipped.push({ header, derived: !!meaning && 'derived' in meaning });
    });
    if (columns[requiredField(kind)] !== undefined) return { headerRow: index, columns, skipped };
  }
  const expected = IMPORT_COLUMNS[kind][requiredField(kind)]!.slice(0, 3).join(' / ');
  throw new BadRequestException({
    message: msg('imports.noHeader', { expected }),
    errors: { file: msg('imports.hasNoHeader') },
  });
}

/** The recognised cells of a data row, trimmed; empty cells left out. */
export function rowValues(layout: SheetLayout, row: string[]): RowValues {
  const values: RowValues = {};
  for (const [field, column] of Object.entries(layout.columns) as [ImportField, number][]) {
    const text = unescapeCell((row[column] ?? '').trim());
    if (text) values[field] = text;
  }
  return values;
}

/**
 * The names of a cell of several (an enterprise's other names): split where the export separates them
 * (`LIST_CELL_SEPARATOR`, its full-width form, or a line break) when the cell has any, since a company's name holds commas;
 * else at the 、 and commas offices write between names.
 */
export function cellList(cell: string): string[] {
  const between = new RegExp(`[${LIST_CELL_SEPARATOR.trim()}；\n]`);
  const parts = between.test(cell) ? cell.split(between) : cell.split(/[、,，]/);
  return parts.map((part) => part.trim()).filter(Boolean);
}
