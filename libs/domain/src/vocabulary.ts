import { DEFAULT_LOCALE, Locale, Localised } from './locale';

/**
 * The domain's closed vocabularies with their labels in both languages. Each list is the single
 * source for the API's validation, the database's CHECK-free columns and the dashboard's choices.
 */
export interface Choice<T extends string = string> {
  id: T;
  name: string;
}

export const CHAMBER_KINDS = ['chamber', 'association', 'alliance', 'government'] as const;
export type ChamberKind = (typeof CHAMBER_KINDS)[number];
export const CHAMBER_KIND_LABELS: Record<ChamberKind, Localised> = {
  chamber: { en: 'Chamber of commerce', 'zh-CN': '商会' },
  association: { en: 'Industry association', 'zh-CN': '行业协会' },
  alliance: { en: 'Alliance', 'zh-CN': '产教联盟' },
  government: { en: 'Government body', 'zh-CN': '政府部门' },
};

export const OWNERSHIPS = ['private', 'state', 'foreign', 'joint', 'collective', 'other'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_LABELS: Record<Ownership, Localised> = {
  private: { en: 'Private', 'zh-CN': '民营企业' },
  state: { en: 'State-owned', 'zh-CN': '国有企业' },
  foreign: { en: 'Foreign-invested', 'zh-CN': '外资企业' },
  joint: { en: 'Joint venture', 'zh-CN': '合资企业' },
  collective: { en: 'Collective', 'zh-CN': '集体企业' },
  other: { en: 'Other', 'zh-CN': '其他' },
};

export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, Localised> = {
  micro: { en: 'Micro', 'zh-CN': '微型' },
  small: { en: 'Small', 'zh-CN': '小型' },
  medium: { en: 'Medium', 'zh-CN': '中型' },
  large: { en: 'Large', 'zh-CN': '大型' },
};

export const TIERS = ['strategic', 'core', 'general'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, Localised> = {
  strategic: { en: 'Strategic', 'zh-CN': '战略合作' },
  core: { en: 'Core', 'zh-CN': '核心合作' },
  general: { en: 'General', 'zh-CN': '一般合作' },
};

export const RELATIONSHIP_STAGES = ['prospect', 'engaged', 'negotiating', 'partner', 'lapsed'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];
export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, Localised> = {
  prospect: { en: 'Prospect', 'zh-CN': '潜在合作' },
  engaged: { en: 'Engaged', 'zh-CN': '已有往来' },
  negotiating: { en: 'Negotiating', 'zh-CN': '洽谈中' },
  partner: { en: 'Partner', 'zh-CN': '合作伙伴' },
  lapsed: { en: 'Lapsed', 'zh-CN': '已中断' },
};

export const CONTACT_PERMISSIONS = ['free', 'notify_owner', 'ask_owner'] as const;
export type ContactPermission = (typeof CONTACT_PERMISSIONS)[number];
export const CONTACT_PERMISSION_LABELS: Record<ContactPermission, Localised> = {
  free: { en: 'Free to contact', 'zh-CN': '可直接联系' },
  notify_owner: { en: 'Notify owner first', 'zh-CN': '先告知负责人' },
  ask_owner: { en: 'Ask owner', 'zh-CN': '须经负责人同意' },
};

export const UNIT_KINDS = ['office', 'college'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, Localised> = {
  office: { en: 'Office', 'zh-CN': '职能部门' },
  college: { en: 'Secondary college', 'zh-CN': '二级学院' },
};

export const ROLES = ['admin', 'leader', 'office', 'employment', 'college', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, Localised> = {
  admin: { en: 'Administrator', 'zh-CN': '系统管理员' },
  leader: { en: 'Leadership', 'zh-CN': '校领导' },
  office: { en: 'Industry-Education Integration Office', 'zh-CN': '产教融合办公室' },
  employment: { en: 'Employment Office', 'zh-CN': '就业办' },
  college: { en: 'Secondary college', 'zh-CN': '二级学院' },
  viewer: { en: 'Read only', 'zh-CN': '只读' },
};

export const MEETING_KINDS = ['symposium', 'visit_received', 'visit_made', 'signing', 'online', 'phone'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, Localised> = {
  symposium: { en: 'Symposium', 'zh-CN': '座谈会' },
  visit_received: { en: 'Visit received', 'zh-CN': '来访接待' },
  visit_made: { en: 'Visit made to an enterprise (访企拓岗)', 'zh-CN': '访企拓岗' },
  signing: { en: 'Signing ceremony', 'zh-CN': '签约仪式' },
  online: { en: 'Online meeting', 'zh-CN': '线上会议' },
  phone: { en: 'Phone call', 'zh-CN': '电话沟通' },
};

export const OUTCOME_KINDS = [
  'framework_agreement',
  'internship_base',
  'joint_lab',
  'order_class',
  'industry_college',
  'course',
  'textbook',
  'teacher_practice',
  'rd_project',
  'training_service',
  'employment_positions',
  'equipment_donation',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_KIND_LABELS: Record<OutcomeKind, Localised> = {
  framework_agreement: { en: 'Framework agreement', 'zh-CN': '框架协议' },
  internship_base: { en: 'Internship base', 'zh-CN': '实习基地' },
  joint_lab: { en: 'Joint lab', 'zh-CN': '联合实验室' },
  order_class: { en: 'Order class / apprenticeship', 'zh-CN': '订单班/现代学徒制' },
  industry_college: { en: 'Industry college', 'zh-CN': '产业学院' },
  course: { en: 'Co-developed course', 'zh-CN': '共建课程' },
  textbook: { en: 'Co-developed textbook', 'zh-CN': '共编教材' },
  teacher_practice: { en: 'Teacher practice in enterprise', 'zh-CN': '教师企业实践' },
  rd_project: { en: 'R&D project', 'zh-CN': '横向科研项目' },
  training_service: { en: 'Training service', 'zh-CN': '培训服务' },
  employment_positions: { en: 'Employment positions', 'zh-CN': '就业岗位' },
  equipment_donation: { en: 'Equipment donation', 'zh-CN': '设备捐赠' },
};

export const OUTCOME_STAGES = ['idea', 'negotiating', 'signed', 'active', 'completed', 'lapsed', 'terminated'] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];
export const OUTCOME_STAGE_LABELS: Record<OutcomeStage, Localised> = {
  idea: { en: 'Idea', 'zh-CN': '意向' },
  negotiating: { en: 'Negotiating', 'zh-CN': '洽谈中' },
  signed: { en: 'Signed', 'zh-CN': '已签约' },
  active: { en: 'Active', 'zh-CN': '执行中' },
  completed: { en: 'Completed', 'zh-CN': '已完成' },
  lapsed: { en: 'Lapsed', 'zh-CN': '已到期' },
  terminated: { en: 'Terminated', 'zh-CN': '已终止' },
};
/** Stages in which an agreement is in force: the ones that make an enterprise a partner. */
export const LIVE_OUTCOME_STAGES: readonly OutcomeStage[] = ['signed', 'active'];
/** Stages still being worked on before signature. */
export const OPEN_OUTCOME_STAGES: readonly OutcomeStage[] = ['idea', 'negotiating'];

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];
export const TERM_LABELS: Record<Term, Localised> = {
  autumn: { en: 'Autumn term', 'zh-CN': '秋季学期' },
  spring: { en: 'Spring term', 'zh-CN': '春季学期' },
  summer: { en: 'Summer', 'zh-CN': '暑期' },
};

export const RENEWALS = ['none', 'automatic', 'by_agreement'] as const;
export type Renewal = (typeof RENEWALS)[number];
export const RENEWAL_LABELS: Record<Renewal, Localised> = {
  none: { en: 'No renewal', 'zh-CN': '不续签' },
  automatic: { en: 'Renews automatically', 'zh-CN': '到期自动续签' },
  by_agreement: { en: 'Renewal by new agreement', 'zh-CN': '另签协议续约' },
};

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'merge',
  'move',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'role_change',
  'download',
  'export',
  'calendar_renew',
  'refused',
  'throttled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Record<AuditAction, Localised> = {
  create: { en: 'Created', 'zh-CN': '新建' },
  update: { en: 'Changed', 'zh-CN': '修改' },
  delete: { en: 'Deleted', 'zh-CN': '删除' },
  restore: { en: 'Restored', 'zh-CN': '恢复' },
  purge: { en: 'Purged', 'zh-CN': '彻底删除' },
  merge: { en: 'Merged', 'zh-CN': '合并' },
  move: { en: 'Moved on the board', 'zh-CN': '看板移动' },
  login: { en: 'Logged in', 'zh-CN': '登录' },
  login_failed: { en: 'Failed login', 'zh-CN': '登录失败' },
  logout: { en: 'Logged out', 'zh-CN': '退出登录' },
  password_change: { en: 'Changed password', 'zh-CN': '修改密码' },
  role_change: { en: 'Changed role', 'zh-CN': '更改角色' },
  download: { en: 'Downloaded', 'zh-CN': '下载' },
  export: { en: 'Exported', 'zh-CN': '导出' },
  calendar_renew: { en: 'Renewed calendar link', 'zh-CN': '更换日历链接' },
  refused: { en: 'Refused (403)', 'zh-CN': '拒绝访问（403）' },
  throttled: { en: 'Throttled (429)', 'zh-CN': '请求过多（429）' },
};

/** Every vocabulary by name: what the dashboard's catalogue and the parity test walk. */
export const VOCABULARIES = {
  chamberKinds: CHAMBER_KIND_LABELS,
  ownerships: OWNERSHIP_LABELS,
  enterpriseSizes: ENTERPRISE_SIZE_LABELS,
  tiers: TIER_LABELS,
  relationshipStages: RELATIONSHIP_STAGE_LABELS,
  contactPermissions: CONTACT_PERMISSION_LABELS,
  unitKinds: UNIT_KIND_LABELS,
  roles: ROLE_LABELS,
  meetingKinds: MEETING_KIND_LABELS,
  outcomeKinds: OUTCOME_KIND_LABELS,
  outcomeStages: OUTCOME_STAGE_LABELS,
  terms: TERM_LABELS,
  renewals: RENEWAL_LABELS,
  auditActions: AUDIT_ACTION_LABELS,
} satisfies Record<string, Record<string, Localised>>;
export type VocabularyName = keyof typeof VOCABULARIES;

/** The label of one value in a locale (the value itself when it is not in the vocabulary). */
export function labelOf(vocabulary: VocabularyName, value: string, locale: Locale = DEFAULT_LOCALE): string {
  return (VOCABULARIES[vocabulary] as Record<string, Localised>)[value]?.[locale] ?? value;
}

/**
 * What offices write for a value besides its labels (私营 for 民营企业, 重点 for a core partner): words an
 * imported sheet may hold. Beside the labels so that a new value gets its words where it is named.
 */
export const VOCABULARY_SYNONYMS: { [N in VocabularyName]?: { [V in keyof (typeof VOCABULARIES)[N]]?: string[] } } = {
  ownerships: {
    private: ['私营', '私营企业', '民营', '私企', '民企'],
    state: ['国有', '国企', '国营', '央企'],
    foreign: ['外资', '外企', '外商独资'],
    joint: ['合资', '中外合资'],
    collective: ['集体'],
  },
  enterpriseSizes: {
    micro: ['微型企业', '微'],
    small: ['小型企业', '小'],
    medium: ['中型企业', '中'],
    large: ['大型企业', '大'],
  },
  tiers: { strategic: ['战略'], core: ['核心', '重点'], general: ['一般', '普通'] },
};

/** A label as compared: folded width and case, without spaces, underscores or hyphens (`Notify owner first`, `notify_owner`). */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const VALUE_BY_KEY = new Map<VocabularyName, Map<string, string>>();
/** Cells as written, once found: a sheet repeats a handful of labels over thousands of rows. */
const VALUE_BY_TEXT = new Map<VocabularyName, Map<string, string>>();

/**
 * The value a cell names: its zh-CN or English label, the value itself, or a word of
 * `VOCABULARY_SYNONYMS`, compared by `labelKey`; undefined when it names none.
 */
export function vocabularyValue(vocabulary: VocabularyName, text: string): string | undefined {
  const seen = VALUE_BY_TEXT.get(vocabulary)?.get(text);
  if (seen) return seen;
  let byKey = VALUE_BY_KEY.get(vocabulary);
  if (!byKey) {
    byKey = new Map();
    const synonyms = (VOCABULARY_SYNONYMS[vocabulary] ?? {}) as Record<string, string[]>;
    for (const [value, labels] of Object.entries(VOCABULARIES[vocabulary] as Record<string, Localised>)) {
      for (const word of [value, ...Object.values(labels), ...(synonyms[value] ?? [])])
        byKey.set(labelKey(word), value);
    }
    VALUE_BY_KEY.set(vocabulary, byKey);
    VALUE_BY_TEXT.set(vocabulary, new Map());
  }
  const value = byKey.get(labelKey(text));
  // only what names a value is kept, so odd cells cannot grow the cache past the labels' spellings
  if (value && VALUE_BY_TEXT.get(vocabulary)!.size < 10_000) VALUE_BY_TEXT.get(vocabulary)!.set(text, value);
  return value;
}

/** A vocabulary's choices, labelled in one locale, in the vocabulary's order. */
export function choicesFor<N extends VocabularyName>(
  vocabulary: N,
  locale: Locale = DEFAULT_LOCALE,
): Choice<keyof (typeof VOCABULARIES)[N] & string>[] {
  const labels = VOCABULARIES[vocabulary] as Record<string, Localised>;
  return Object.keys(labels).map((id) => ({ id, name: labels[id][locale] })) as Choice<
    keyof (typeof VOCABULARIES)[N] & string
  >[];
}

/** Every vocabulary's choices in one locale. */
export function choicesIn(locale: Locale) {
  return Object.fromEntries(
    (Object.keys(VOCABULARIES) as VocabularyName[]).map((name) => [name, choicesFor(name, locale)]),
  ) as unknown as {
    [N in VocabularyName]: Choice<keyof (typeof VOCABULARIES)[N] & string>[];
  };
}

/** English choices, for callers without a locale (logs, scripts); user-facing code passes its locale. */
export const CHOICES = choicesIn('en');
