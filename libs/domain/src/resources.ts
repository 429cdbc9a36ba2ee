import type { Locale } from './locale';

/** What the CRM does with one resource, beyond its own folder: every list of resources is read from here. */
interface ResourceFacts {
  /** Its path under /api, its name in the permission table, the audit trail and the dashboard. */
  name: string;
  /** Its table. */
  table: string;
  /** What a user calls it, in react-admin's form (`one |||| many`, smart_count): the dashboard's `resources.<name>.name`. */
  nouns: Record<Locale, string>;
  /** Written through CrudService and declared in the API's registry (apps/api/src/resources.ts); the audit trail is not. */
  crud: boolean;
  /** Its deleted records are listed in the trash page, where the admin restores or purges them. */
  trash: boolean;
  /** Offered as a filter of the audit trail. */
  auditFilter: boolean;
  /** Its list downloads as CSV or XLSX (GET /api/{name}/export), columns in exports.ts. */
  exported: boolean;
  /** Its live rows are counted by triggers (database/row-counts.ts), so an unfiltered total is one read. */
  counted: boolean;
  /** Files (attachments) may be put on its records. */
  attachable: boolean;
}

const everything = {
  crud: true,
  trash: true,
  auditFilter: true,
  exported: true,
  counted: true,
  attachable: false,
} as const;

/**
 * The resources, declared once, in the order the API registers them and the trash and the audit
 * filter offer them. A new resource is one line here (and its folder in each app); the registries,
 * the trash, the audit filter, the exports and the row counters read it (resources.spec.ts fails on
 * any other list of resources in the tree).
 */
export const RESOURCE_LIST = [
  { name: 'chambers', table: 'chambers', nouns: { en: 'Chamber |||| Chambers', 'zh-CN': '商会' }, ...everything },
  {
    name: 'enterprises',
    table: 'enterprises',
    nouns: { en: 'Enterprise |||| Enterprises', 'zh-CN': '企业' },
    ...everything,
    attachable: true,
  },
  {
    name: 'memberships',
    table: 'memberships',
    nouns: { en: 'Chamber membership |||| Chamber memberships', 'zh-CN': '商会会员' },
    ...everything,
  },
  { name: 'contacts', table: 'contacts', nouns: { en: 'Contact |||| Contacts', 'zh-CN': '联系人' }, ...everything },
  { name: 'units', table: 'units', nouns: { en: 'School unit |||| School units', 'zh-CN': '校内单位' }, ...everything },
  { name: 'majors', table: 'majors', nouns: { en: 'Major |||| Majors', 'zh-CN': '专业' }, ...everything },
  { name: 'staff', table: 'staff', nouns: { en: 'Staff member |||| Staff', 'zh-CN': '教职工' }, ...everything },
  {
    name: 'meetings',
    table: 'meetings',
    nouns: { en: 'Meeting |||| Meetings', 'zh-CN': '会议' },
    ...everything,
    attachable: true,
  },
  {
    name: 'outcomes',
    table: 'outcomes',
    nouns: { en: 'Outcome |||| Outcomes', 'zh-CN': '合作成果' },
    ...everything,
    attachable: true,
  },
  {
    name: 'intakes',
    table: 'intakes',
    nouns: { en: 'Internship intake |||| Internship intakes', 'zh-CN': '实习接收' },
    ...everything,
  },
  {
    name: 'tasks',
    table: 'tasks',
    nouns: { en: 'Follow-up task |||| Follow-up tasks', 'zh-CN': '跟进任务' },
    ...everything,
  },
  {
    name: 'teacher-practices',
    table: 'teacher_practices',
    nouns: { en: 'Teacher practice |||| Teacher practices', 'zh-CN': '教师企业实践' },
    ...everything,
    attachable: true,
  },
  // restored by the admin with the record they are on, not from the trash page
  {
    name: 'attachments',
    table: 'attachments',
    nouns: { en: 'Attachment |||| Attachments', 'zh-CN': '附件' },
    ...everything,
    trash: false,
    auditFilter: false,
    exported: false,
    counted: false,
  },
  {
    name: 'campaigns',
    table: 'campaigns',
    nouns: { en: 'Visits campaign |||| Visits campaigns', 'zh-CN': '访企拓岗专项行动' },
    ...everything,
    trash: false,
    auditFilter: false,
    exported: false,
  },
  {
    name: 'campaign-quotas',
    table: 'campaign_quotas',
    nouns: { en: 'Visit quota |||| Visit quotas', 'zh-CN': '走访任务指标' },
    ...everything,
    trash: false,
    auditFilter: false,
    exported: false,
  },
  {
    name: 'registrations',
    table: 'registrations',
    nouns: { en: 'Registration |||| Registrations', 'zh-CN': '报名登记' },
    ...everything,
    trash: false,
    auditFilter: false,
    exported: false,
  },
  {
    name: 'audit-events',
    table: 'audit_events',
    nouns: { en: 'Audit event |||| Audit trail', 'zh-CN': '审计记录' },
    crud: false,
    trash: false,
    auditFilter: false,
    exported: false,
    counted: true,
    attachable: false,
  },
] as const satisfies readonly ResourceFacts[];

type Listed = (typeof RESOURCE_LIST)[number];
export type ResourceName = Listed['name'];
/** The resources the API's registry declares (module, entity, service). */
export type CrudResource = Extract<Listed, { crud: true }>['name'];
export type ExportedResource = Extract<Listed, { exported: true }>['name'];
export type AttachableResource = Extract<Listed, { attachable: true }>['name'];

const named = <F extends keyof ResourceFacts>(fact: F) =>
  RESOURCE_LIST.filter((resource) => resource[fact]).map((resource) => resource.name);

export const TRASH_RESOURCES: readonly ResourceName[] = named('trash');
export const AUDIT_FILTER_RESOURCES: readonly ResourceName[] = named('auditFilter');
/** The lists the API exports as CSV or XLSX: the server's routes and the dashboard's button. */
export const EXPORTED_RESOURCES = named('exported') as readonly ExportedResource[];
export const ATTACHABLE_RESOURCES = named('attachable') as readonly AttachableResource[];
/** The tables whose live rows the row counters keep. */
export const COUNTED_TABLES: readonly string[] = RESOURCE_LIST.filter((resource) => resource.counted).map(
  (resource) => resource.table,
);
