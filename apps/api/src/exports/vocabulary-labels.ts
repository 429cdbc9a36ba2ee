import {
  CHAMBER_KIND_LABELS,
  CONTACT_PERMISSION_LABELS,
  ENTERPRISE_SIZE_LABELS,
  MEETING_KIND_LABELS,
  OUTCOME_KIND_LABELS,
  OUTCOME_STAGE_LABELS,
  OWNERSHIP_LABELS,
  RELATIONSHIP_STAGE_LABELS,
  RENEWAL_LABELS,
  ROLE_LABELS,
  TERM_LABELS,
  TIER_LABELS,
  UNIT_KIND_LABELS,
} from '@crm/domain';

export type Language = 'zh' | 'en';

/**
 * The vocabularies' labels in both languages, as an export heads and fills its cells. The English
 * ones are libs/domain's; the Chinese ones wait for the i18n catalogue to carry them beside
 * those (issue 9) and are kept here, in one place, until then.
 */
export const VOCABULARIES = {
  chamberKind: { en: CHAMBER_KIND_LABELS, zh: { chamber: '商会', association: '行业协会', alliance: '联盟', government: '政府部门' } },
  ownership: { en: OWNERSHIP_LABELS, zh: { private: '私营', state: '国有', foreign: '外资', joint: '合资', collective: '集体', other: '其他' } },
  enterpriseSize: { en: ENTERPRISE_SIZE_LABELS, zh: { micro: '微型', small: '小型', medium: '中型', large: '大型' } },
  tier: { en: TIER_LABELS, zh: { strategic: '战略合作', core: '核心', general: '一般' } },
  relationshipStage: { en: RELATIONSHIP_STAGE_LABELS, zh: { prospect: '潜在', engaged: '已接触', negotiating: '洽谈中', partner: '合作伙伴', lapsed: '已中断' } },
  contactPermission: { en: CONTACT_PERMISSION_LABELS, zh: { free: '可直接联系', notify_owner: '先告知负责人', ask_owner: '须征得负责人同意' } },
  unitKind: { en: UNIT_KIND_LABELS, zh: { office: '职能部门', college: '二级学院' } },
  role: { en: ROLE_LABELS, zh: { admin: '管理员', leader: '校领导', office: '产教融合办公室', employment: '就业办公室', college: '二级学院', viewer: '只读' } },
  meetingKind: { en: MEETING_KIND_LABELS, zh: { symposium: '座谈会', visit_received: '来访接待', visit_made: '访企拓岗', signing: '签约仪式', online: '线上会议', phone: '电话沟通' } },
  outcomeKind: {
    en: OUTCOME_KIND_LABELS,
    zh: {
      framework_agreement: '框架协议',
      internship_base: '实习基地',
      joint_lab: '共建实验室',
      order_class: '订单班 / 现代学徒制',
      industry_college: '产业学院',
      course: '共同开发课程',
      textbook: '共同开发教材',
      teacher_practice: '教师企业实践',
      rd_project: '研发项目',
      training_service: '培训服务',
      employment_positions: '就业岗位',
      equipment_donation: '设备捐赠',
    },
  },
  outcomeStage: { en: OUTCOME_STAGE_LABELS, zh: { idea: '设想', negotiating: '洽谈中', signed: '已签约', active: '执行中', completed: '已完成', lapsed: '已过期', terminated: '已终止' } },
  term: { en: TERM_LABELS, zh: { autumn: '秋季学期', spring: '春季学期', summer: '暑期' } },
  renewal: { en: RENEWAL_LABELS, zh: { none: '不续签', automatic: '自动续签', by_agreement: '协商续签' } },
} as const satisfies Record<string, { en: Record<string, string>; zh: Record<string, string> }>;

export type Vocabulary = keyof typeof VOCABULARIES;

export function labelOf(vocabulary: Vocabulary, value: unknown, language: Language): string {
  if (value === null || value === undefined) return '';
  return (VOCABULARIES[vocabulary][language] as Record<string, string>)[String(value)] ?? String(value);
}

/** zh unless the request prefers English (Accept-Language). */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0].trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh';
}
