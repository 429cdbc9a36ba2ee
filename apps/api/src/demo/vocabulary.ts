/** Word lists the generator composes plausible names from, in Chinese as the school enters them, with the English used for aliases. */
export const CITIES = [
  { city: '上海', en: 'Shanghai', code: '310000', weight: 8 },
  { city: '杭州', en: 'Hangzhou', code: '330100', weight: 3 },
  { city: '宁波', en: 'Ningbo', code: '330200', weight: 2 },
  { city: '温州', en: 'Wenzhou', code: '330300', weight: 1 },
  { city: '苏州', en: 'Suzhou', code: '320500', weight: 2 },
  { city: '南京', en: 'Nanjing', code: '320100', weight: 1 },
  { city: '嘉兴', en: 'Jiaxing', code: '330400', weight: 1 },
  { city: '绍兴', en: 'Shaoxing', code: '330600', weight: 1 },
] as const;

export const INDUSTRIES = [
  { en: 'Intelligent Manufacturing', zh: '智能制造' },
  { en: 'Information Technology', zh: '信息技术' },
  { en: 'Artificial Intelligence', zh: '人工智能' },
  { en: 'New Energy', zh: '新能源' },
  { en: 'Biomedical', zh: '生物医药' },
  { en: 'Logistics', zh: '物流' },
  { en: 'Hospitality', zh: '酒店管理' },
  { en: 'Culture and Media', zh: '文化传媒' },
  { en: 'Construction', zh: '建设工程' },
  { en: 'Electronics', zh: '电子' },
  { en: 'Automotive', zh: '汽车' },
  { en: 'Finance Services', zh: '金融服务' },
] as const;

export const BRAND_SYLLABLES = [
  ['Heng', '恒'],
  ['Tong', '通'],
  ['Xin', '鑫'],
  ['Hua', '华'],
  ['Rui', '瑞'],
  ['Jia', '嘉'],
  ['Da', '达'],
  ['Feng', '丰'],
  ['Yuan', '远'],
  ['Kang', '康'],
  ['Sheng', '盛'],
  ['Tai', '泰'],
  ['Bo', '博'],
  ['Lan', '蓝'],
  ['Hai', '海'],
  ['Chuang', '创'],
  ['Zhi', '智'],
  ['Yu', '宇'],
  ['Long', '隆'],
  ['Ming', '明'],
  ['Xing', '星'],
  ['Chen', '辰'],
  ['Ke', '科'],
  ['An', '安'],
] as const;

export const SUFFIXES = [
  ['Co., Ltd.', '有限公司', 6],
  ['Group Co., Ltd.', '集团有限公司', 2],
  ['Technology Co., Ltd.', '科技有限公司', 4],
  ['Industrial Co., Ltd.', '实业有限公司', 1],
] as const;

/** Chinese surnames and given names with their pinyin (for e-mail addresses). */
export const SURNAMES = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['沈', 'shen'],
  ['钱', 'qian'],
  ['姜', 'jiang'],
  ['叶', 'ye'],
] as const;
export const GIVEN_NAMES = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['燕', 'yan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['辉', 'hui'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['红', 'hong'],
  ['强', 'qiang'],
  ['琳', 'lin'],
  ['云', 'yun'],
  ['杰', 'jie'],
  ['波', 'bo'],
  ['英', 'ying'],
  ['浩', 'hao'],
  ['鑫', 'xin'],
  ['宇', 'yu'],
] as const;

export const CONTACT_TITLES = [
  '总经理',
  '人力资源总监',
  '副总经理',
  '总工程师',
  '人力资源经理',
  '培训经理',
  '技术总监',
  '董事长',
  '招聘专员',
  '运营总监',
];

export const STAFF_TITLES = ['教师', '副教授', '讲师', '专业带头人', '科员'];

export const OFFICES = ['校长办公室', '产教融合办公室', '就业办公室', '教务处'];
export const EMPLOYMENT_OFFICE = '就业办公室';

/**
 * Secondary colleges with majors under their national codes (职业教育专业目录 2021, 高职专科).
 */
export const COLLEGES: { name: string; majors: [string, string][] }[] = [
  {
    name: '智能制造学院',
    majors: [
      ['460101', '机械设计与制造'],
      ['460102', '机械制造及自动化'],
      ['460103', '数控技术'],
      ['460301', '机电一体化技术'],
      ['460305', '工业机器人技术'],
    ],
  },
  {
    name: '信息技术学院',
    majors: [
      ['510201', '计算机应用技术'],
      ['510202', '计算机网络技术'],
      ['510203', '软件技术'],
      ['510205', '大数据技术'],
      ['510206', '云计算技术应用'],
      ['510209', '人工智能技术应用'],
    ],
  },
  {
    name: '商学院',
    majors: [
      ['530302', '大数据与会计'],
      ['530701', '电子商务'],
      ['530802', '现代物流管理'],
      ['530605', '市场营销'],
      ['530501', '国际贸易实务'],
    ],
  },
  {
    name: '艺术设计学院',
    majors: [
      ['550101', '艺术设计'],
      ['550102', '视觉传达设计'],
      ['550103', '数字媒体艺术设计'],
      ['550106', '环境艺术设计'],
    ],
  },
  {
    name: '健康与护理学院',
    majors: [
      ['520201', '护理'],
      ['520801', '康复治疗技术'],
      ['590302', '智慧健康养老服务与管理'],
      ['490201', '药品生产技术'],
    ],
  },
  {
    name: '旅游与酒店管理学院',
    majors: [
      ['540106', '酒店管理与数字化运营'],
      ['540101', '旅游管理'],
      ['540111', '会展策划与管理'],
    ],
  },
];

export const MEETING_TOPICS = [
  '实习岗位',
  '联合实验室',
  '订单班',
  '毕业生就业',
  '教师企业实践',
  '课程共建',
  '设备捐赠',
];
export const MEETING_SUBJECTS = ['下学期的实习岗位', '共建联合实验室', '开设订单班', '毕业生就业', '教师企业实践岗位'];
export const TASK_TITLES = [
  '发送合作方案',
  '收集实习岗位需求',
  '起草合作协议',
  '安排回访',
  '准备联合实验室方案',
  '确认学生名单',
  '跟进订单班',
];
