/**
 * The event the product exists for (shared/seed-article.txt): on 21 March 2024 the Zhejiang
 * Chamber of Commerce, Shanghai brought 28 member enterprises to Shanghai Zhongqiao Vocational and
 * Technical University for a symposium chaired by Vice President Huang Lixin, followed by a visit
 * to the training bases.
 */
export const SEED_CHAMBER = {
  name: 'Zhejiang Chamber of Commerce, Shanghai',
  alias: '上海市浙江商会',
  kind: 'chamber' as const,
  city: 'Shanghai',
};

/** The two member enterprises the article names, with the people who came from them. */
export const SEED_NAMED_ENTERPRISES = [
  { name: 'Jianglang Technology Co., Ltd.', alias: '江朗科技有限公司', industry: 'Information technology', contact: { name: 'Chen Boqin', title: 'Chairman' } },
  { name: 'Leihui Ecological Group', alias: '雷辉生态集团', industry: 'Ecology and environment', contact: { name: 'Lei Lei', title: 'General Manager' } },
];

/** People of the chamber itself. */
export const SEED_CHAMBER_CONTACTS = [
  { name: 'Yu Qifeng', title: 'Vice President', role: 'vice-president' },
  { name: 'Yu Qiuqin', title: 'Deputy Secretary General', role: 'deputy secretary general' },
];

/** School attendees, with the unit each belongs to (by name in the demo's unit list). */
export const SEED_STAFF = [
  { name: 'Ping Jie', title: 'Secretary of the Party Committee', unit: "President's Office" },
  { name: 'Huang Lixin', title: 'Vice President', unit: "President's Office" },
  { name: 'Wei Peng', title: 'Director, Industry-Education Integration Office', unit: 'Industry-Education Integration Office' },
  { name: 'Guan Rui', title: 'Director, Employment Office', unit: 'Employment Office' },
];

export const SEED_SYMPOSIUM = {
  title: 'Symposium with the Zhejiang Chamber of Commerce, Shanghai and 28 member enterprises',
  kind: 'symposium' as const,
  // 14:00 in Shanghai on the afternoon of 21 March 2024
  startsAt: '2024-03-21T06:00:00.000Z',
  endsAt: '2024-03-21T08:00:00.000Z',
  location: 'Zhongqiao campus, conference hall',
  topics: [
    'Training model of applied skilled talents',
    'Further cooperation between the school and chambers of commerce',
    'New models of industry-education integration',
    'Internship bases and joint laboratories',
    'Talent cultivation, teaching and research, internship and employment',
  ],
  minutes: [
    '## Symposium and exchange meeting',
    '',
    'Chaired by **Vice President Huang Lixin**.',
    '',
    '- **Party Secretary Ping Jie** welcomed the Zhejiang Chamber of Commerce, Shanghai and its member enterprises, and set out the school\'s work with the artificial intelligence and information technology industries.',
    '- Entrepreneurs and the deans discussed cooperation needs in talent cultivation, teaching and research, internship and employment.',
    '- **Yu Qifeng** (Vice President of the chamber): enterprises should share the work of cultivating young talents with artisan spirit; seek breakthroughs through **internship bases** and **joint laboratories**.',
    '- Vice President Huang Lixin looks forward to deeper exchanges with the chamber.',
    '',
    '### Agreed follow-ups',
    '',
    '1. Industry-Education Integration Office to collect each enterprise\'s cooperation needs.',
    '2. Employment Office to propose internship bases to Jianglang Technology and Leihui Ecological Group.',
    '3. Deans to prepare a joint-laboratory proposal.',
  ].join('\n'),
};

export const SEED_VISIT = {
  title: 'Chamber entrepreneurs visit the training bases',
  kind: 'visit_received' as const,
  startsAt: '2024-03-21T08:15:00.000Z',
  endsAt: '2024-03-21T09:15:00.000Z',
  location: 'Training bases of the secondary colleges',
  topics: ['Training bases', 'Teaching resources'],
  minutes: 'After the symposium the entrepreneurs visited the training bases of the secondary colleges.',
};
