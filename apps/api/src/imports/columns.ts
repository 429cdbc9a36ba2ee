import { BadRequestException } from '@nestjs/common';
import type { Action } from '@crm/domain';
import { msg } from '../common/i18n';

export const IMPORT_KINDS = ['enterprises', 'contacts', 'memberships', 'attendees'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import of each kind does, in the permission table's words: the importer needs that right too. */
export const IMPORT_WRITES: Record<ImportKind, { resource: string; action: Action }> = {
  enterprises: { resource: 'enterprises', action: 'create' },
  contacts: { resource: 'contacts', action: 'create' },
  memberships: { resource: 'memberships', action: 'create' },
  attendees: { resource: 'meetings', action: 'update' },
};

/** What a column of an imported sheet may hold; values of a row are keyed by these. */
export type ImportField = 'name' | 'uscc' | 'aliases' | 'city' | 'industry' | 'address' | 'website' | 'notes' | 'organisation' | 'title' | 'phone' | 'email' | 'wechat' | 'role' | 'chamber';
export type RowValues = Partial<Record<ImportField, string>>;

const ENTERPRISE_NAME = ['企业名称', '名称', '单位名称', '公司名称', '企业', '公司', '会员单位', 'name', 'enterprise', 'enterprisename', 'company', 'companyname'];
const ENTERPRISE_DETAILS = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'unifiedsocialcreditcode', 'creditcode'],
  aliases: ['别名', '简称', '企业简称', '曾用名', '英文名称', '英文名', 'alias', 'aliases', 'shortname', 'englishname'],
  city: ['城市', '所在城市', '所在地', '所在地区', 'city'],
  industry: ['行业', '所属行业', '行业类别', 'industry'],
  address: ['地址', '注册地址', '办公地址', '通讯地址', 'address'],
  website: ['网址', '网站', '官网', 'website', 'web'],
};
const PERSON = {
  name: ['姓名', '联系人', '联系人姓名', '名字', 'name', 'contact', 'contactname', 'fullname'],
  organisation: ['单位', '工作单位', '单位名称', '所在单位', '企业', '企业名称', '公司', '公司名称', 'organisation', 'organization', 'company', 'enterprise', 'employer'],
  title: ['职务', '职位', '头衔', 'title', 'position', 'jobtitle'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '联系方式', 'phone', 'mobile', 'tel', 'telephone'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
  wechat: ['微信', '微信号', 'wechat'],
};
const NOTES = ['备注', '说明', 'notes', 'note', 'remarks'];

/** The headers each kind of import recognises, per field; the first field is the one a header row must have. */
export const IMPORT_COLUMNS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  enterprises: { name: ENTERPRISE_NAME, ...ENTERPRISE_DETAILS, notes: NOTES },
  contacts: { ...PERSON, notes: NOTES },
  attendees: { ...PERSON },
  memberships: { name: ENTERPRISE_NAME, uscc: ENTERPRISE_DETAILS.uscc, role: ['会内职务', '商会职务', '职务', '会员类别', 'role', 'membershiprole'], chamber: ['商会', '商会名称', '所属商会', 'chamber'], city: ENTERPRISE_DETAILS.city, industry: ENTERPRISE_DETAILS.industry },
};

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
}

/** Finds the header row among the first rows: the first that names the kind's required column. */
export function findLayout(kind: ImportKind, rows: string[][]): SheetLayout {
  const fields = IMPORT_COLUMNS[kind];
  const lookup = new Map<string, ImportField>();
  for (const [field, headers] of Object.entries(fields) as [ImportField, string[]][]) {
    for (const header of headers) if (!lookup.has(headerKey(header))) lookup.set(headerKey(header), field);
  }
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const columns: Partial<Record<ImportField, number>> = {};
    rows[index].forEach((cell, column) => {
      const field = lookup.get(headerKey(cell ?? ''));
      if (field && columns[field] === undefined) columns[field] = column;
    });
    if (columns.name !== undefined) return { headerRow: index, columns };
  }
  const expected = fields.name!.slice(0, 3).join(' / ');
  throw new BadRequestException({ message: msg('imports.noHeader', { expected }), errors: { file: msg('imports.hasNoHeader') } });
}

/** The recognised cells of a data row, trimmed; empty cells left out. */
export function rowValues(layout: SheetLayout, row: string[]): RowValues {
  const values: RowValues = {};
  for (const [field, column] of Object.entries(layout.columns) as [ImportField, number][]) {
    const text = (row[column] ?? '').trim();
    if (text) values[field] = text;
  }
  return values;
}
