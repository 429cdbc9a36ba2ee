/**
 * The event the product exists for (shared/seed-article.txt): on 21 March 2024 上海市浙江商会 (the
 * Zhejiang Chamber of Commerce, Shanghai) brought 28 member enterprises to 上海中侨职业技术大学 for a
 * symposium chaired by Vice President Huang Lixin, followed by a visit to the training bases. The
 * article gives people's names in pinyin only, so they stay in pinyin; titles are in Chinese.
 */
export const SEED_CHAMBER = {
  name: '上海市浙江商会',
  alias: 'Zhejiang Chamber of Commerce, Shanghai',
  kind: 'chamber' as const,
  city: '上海',
};

/** The two member enterprises the article names, with their English names and the people who came from them. */
export const SEED_NAMED_ENTERPRISES = [
  {
    name: '江朗科技有限公司',
    short: '江朗科技',
    aliases: ['Jianglang Technology Co., Ltd.', 'Jianglang Technology'],
    industry: '信息技术',
    contact: { name: 'Chen Boqin', title: '董事长' },
  },
  {
    name: '雷辉生态集团',
    short: '雷辉生态',
    aliases: ['Leihui Ecological Group'],
    industry: '生态环保',
    contact: { name: 'Lei Lei', title: '总经理' },
  },
];

/** People of the chamber itself. */
export const SEED_CHAMBER_CONTACTS = [
  { name: 'Yu Qifeng', title: '副会长' },
  { name: 'Yu Qiuqin', title: '副秘书长' },
];

/** School attendees, with the unit each belongs to (by name in the demo's unit list). */
export const SEED_STAFF = [
  { name: 'Ping Jie', title: '党委书记', unit: '校长办公室' },
  { name: 'Huang Lixin', title: '副校长', unit: '校长办公室' },
  { name: 'Wei Peng', title: '产教融合办公室主任', unit: '产教融合办公室' },
  { name: 'Guan Rui', title: '就业办主任', unit: '就业办公室' },
];

export const SEED_SYMPOSIUM = {
  title: '上海市浙江商会及28家会员企业来校座谈交流',
  kind: 'symposium' as const,
  // 14:00 in Shanghai on the afternoon of 21 March 2024
  startsAt: '2024-03-21T06:00:00.000Z',
  endsAt: '2024-03-21T08:00:00.000Z',
  location: '中侨校区会议厅',
  topics: [
    '应用型技能人才培养模式',
    '学校与商会深化合作',
    '产教融合合作新模式',
    '实习基地与联合实验室',
    '人才培养、教学科研、实习就业',
  ],
  minutes: [
    '## 座谈交流会',
    '',
    '由**副校长 Huang Lixin** 主持。',
    '',
    '- **党委书记 Ping Jie** 代表学校欢迎上海市浙江商会及会员企业代表，介绍了学校对接人工智能、信息技术等产业的工作。',
    '- 企业家与各二级学院院长围绕人才培养、教学科研、实习就业等方面的校企合作需求深入交流。',
    '- **Yu Qifeng**（商会副会长）：企业应承担起培养创新人才、特别是具有工匠精神的青年人才的责任；希望通过共建**实习基地**、**联合实验室**等方式寻求更多突破。',
    '- 副校长 Huang Lixin 期待今后与商会开展更深入的交流。',
    '',
    '### 商定的跟进事项',
    '',
    '1. 产教融合办公室收集各企业的合作需求。',
    '2. 就业办公室向江朗科技、雷辉生态集团提出共建实习基地方案。',
    '3. 各学院院长准备联合实验室方案。',
  ].join('\n'),
};

export const SEED_VISIT = {
  title: '商会企业家参观实训基地',
  kind: 'visit_received' as const,
  startsAt: '2024-03-21T08:15:00.000Z',
  endsAt: '2024-03-21T09:15:00.000Z',
  location: '各二级学院实训基地',
  topics: ['实训基地', '教学资源'],
  minutes: '座谈会后，企业家们参观了各二级学院的实训基地。',
};
