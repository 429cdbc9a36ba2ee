import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      outcomes: {
        fields: {
          majorId: 'Major served',
          orderClassStudents: 'Order-class students',
          courses: 'Co-developed courses',
          textbooks: 'Co-developed textbooks',
          partTimeTeachers: 'Part-time teachers from the enterprise',
          trainingPersonDays: 'Enterprise staff trained (person-days)',
          donatedEquipmentValue: 'Donated equipment (CNY)',
          quasiDonatedEquipmentValue: 'Quasi-donated equipment (CNY)',
          technicalServiceIncome: 'Technical-service income (CNY)',
          trainingProjects: 'Training projects at the base',
          internshipAllowance: 'Internship allowance (CNY a month)',
          paymentPerStudent: 'School payment (CNY per student)',
          providesAccommodation: 'Houses the interns',
        },
      },
      intakes: {
        fields: {
          studentVisits: 'Student visits',
          daysInUse: 'Days in use',
          halfYearInterns: 'Half-year interns',
          supervisingTeachers: 'Supervising teachers sent',
        },
      },
    },
    crm: {
      annualReport: {
        title: 'Annual report (industry–education figures)',
        menu: 'Annual report',
        year: 'Academic year',
        download: 'Download XLSX',
        perMajor: 'Per major',
        perBase: 'Per off-campus training base and major',
        perCollege: 'Per secondary college',
        none: 'No base in force this year.',
        recordsBehind: 'The records behind this figure',
        outcomeFigures: 'For the annual report (this academic year)',
        notNegative: 'Must not be negative',
        wholeNumber: 'Must be a whole number',
      },
    },
  },
  'zh-CN': {
    resources: {
      outcomes: {
        fields: {
          majorId: '服务专业',
          orderClassStudents: '订单培养学生数',
          courses: '共同开发课程数',
          textbooks: '共同开发教材数',
          partTimeTeachers: '企业兼职教师数',
          trainingPersonDays: '为企业培训员工（人天）',
          donatedEquipmentValue: '捐赠设备值（元）',
          quasiDonatedEquipmentValue: '准捐赠设备值（元）',
          technicalServiceIncome: '技术服务收入（元）',
          trainingProjects: '基地实训项目数',
          internshipAllowance: '实习补贴（元/月）',
          paymentPerStudent: '学校支付费用（元/生）',
          providesAccommodation: '提供住宿',
        },
      },
      intakes: {
        fields: {
          studentVisits: '接待学生（人次）',
          daysInUse: '使用天数',
          halfYearInterns: '半年顶岗实习学生数',
          supervisingTeachers: '派出指导教师（人次）',
        },
      },
    },
    crm: {
      annualReport: {
        title: '年度报表（产学合作数据）',
        menu: '年度报表',
        year: '学年',
        download: '下载 XLSX',
        perMajor: '按专业',
        perBase: '按校外实训基地与专业',
        perCollege: '各二级学院',
        none: '本学年没有有效的实训基地。',
        recordsBehind: '此数据对应的记录',
        outcomeFigures: '年度报表数据（本学年）',
        notNegative: '不能为负数',
        wholeNumber: '必须是整数',
      },
    },
  },
});
