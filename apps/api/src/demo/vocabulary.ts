/** Word lists the generator composes plausible names from. */
export const CITIES = [
  { city: 'Shanghai', code: '310000', weight: 8 },
  { city: 'Hangzhou', code: '330100', weight: 3 },
  { city: 'Ningbo', code: '330200', weight: 2 },
  { city: 'Wenzhou', code: '330300', weight: 1 },
  { city: 'Suzhou', code: '320500', weight: 2 },
  { city: 'Nanjing', code: '320100', weight: 1 },
  { city: 'Jiaxing', code: '330400', weight: 1 },
  { city: 'Shaoxing', code: '330600', weight: 1 },
] as const;

export const INDUSTRIES = [
  { en: 'Intelligent Manufacturing', zh: '智能制造', industry: 'Intelligent manufacturing' },
  { en: 'Information Technology', zh: '信息技术', industry: 'Information technology' },
  { en: 'Artificial Intelligence', zh: '人工智能', industry: 'Artificial intelligence' },
  { en: 'New Energy', zh: '新能源', industry: 'New energy' },
  { en: 'Biomedical', zh: '生物医药', industry: 'Biomedicine' },
  { en: 'Logistics', zh: '物流', industry: 'Logistics' },
  { en: 'Hospitality', zh: '酒店管理', industry: 'Hospitality' },
  { en: 'Culture and Media', zh: '文化传媒', industry: 'Culture and media' },
  { en: 'Construction', zh: '建设工程', industry: 'Construction' },
  { en: 'Electronics', zh: '电子', industry: 'Electronics' },
  { en: 'Automotive', zh: '汽车', industry: 'Automotive' },
  { en: 'Finance Services', zh: '金融服务', industry: 'Finance' },
] as const;

export const BRAND_SYLLABLES = [
  ['Heng', '恒'], ['Tong', '通'], ['Xin', '鑫'], ['Hua', '华'], ['Rui', '瑞'], ['Jia', '嘉'], ['Da', '达'], ['Feng', '丰'],
  ['Yuan', '远'], ['Kang', '康'], ['Sheng', '盛'], ['Tai', '泰'], ['Bo', '博'], ['Lan', '蓝'], ['Hai', '海'], ['Chuang', '创'],
  ['Zhi', '智'], ['Yu', '宇'], ['Long', '隆'], ['Ming', '明'], ['Xing', '星'], ['Chen', '辰'], ['Ke', '科'], ['An', '安'],
] as const;

export const SUFFIXES = [
  ['Co., Ltd.', '有限公司', 6],
  ['Group Co., Ltd.', '集团有限公司', 2],
  ['Technology Co., Ltd.', '科技有限公司', 4],
  ['Industrial Co., Ltd.', '实业有限公司', 1],
] as const;

export const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Zheng', 'Shen', 'Qian', 'Jiang', 'Ye'];
export const GIVEN_NAMES = ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Jun', 'Yan', 'Tao', 'Ming', 'Chao', 'Hui', 'Xia', 'Ping', 'Gang', 'Hong', 'Qiang', 'Lin', 'Yun', 'Jie', 'Bo', 'Ying', 'Hao', 'Xin', 'Yu'];

export const CONTACT_TITLES = ['General Manager', 'HR Director', 'Deputy General Manager', 'Chief Engineer', 'HR Manager', 'Training Manager', 'Technical Director', 'Chairman', 'Recruitment Specialist', 'Operations Director'];

export const OFFICES = ["President's Office", 'Industry-Education Integration Office', 'Employment Office', 'Academic Affairs Office'];

/** Secondary colleges with majors (higher vocational catalogue codes). */
export const COLLEGES: { name: string; majors: [string, string][] }[] = [
  { name: 'School of Intelligent Manufacturing', majors: [['460103', 'Mechanical Design and Manufacturing'], ['460301', 'Mechatronics Technology'], ['460303', 'Industrial Robot Technology'], ['460305', 'Intelligent Control Technology'], ['460104', 'Numerical Control Technology']] },
  { name: 'School of Information Technology', majors: [['510201', 'Computer Application Technology'], ['510202', 'Computer Network Technology'], ['510203', 'Software Technology'], ['510209', 'Artificial Intelligence Technology Application'], ['510205', 'Big Data Technology'], ['510207', 'Cloud Computing Technology Application']] },
  { name: 'School of Business', majors: [['530302', 'Big Data and Accounting'], ['530701', 'E-commerce'], ['530802', 'Modern Logistics Management'], ['530605', 'Marketing'], ['530501', 'International Trade']] },
  { name: 'School of Art and Design', majors: [['550101', 'Art Design'], ['550103', 'Visual Communication Design'], ['550106', 'Environmental Art Design'], ['560212', 'Digital Media Art']] },
  { name: 'School of Health and Nursing', majors: [['520201', 'Nursing'], ['520801', 'Rehabilitation Therapy'], ['520802', 'Elderly Care and Management'], ['490206', 'Pharmaceutical Production Technology']] },
  { name: 'School of Tourism and Hospitality', majors: [['540106', 'Hotel Management and Digital Operation'], ['540101', 'Tourism Management'], ['540111', 'Exhibition Planning and Management']] },
];
