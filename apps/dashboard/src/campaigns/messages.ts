import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: {
    resources: {
      campaigns: {
        fields: { name: 'Name', startsOn: 'From', endsOn: 'To', notes: 'Notes' },
      },
      'campaign-quotas': {
        fields: { campaignId: 'Campaign', staffId: 'Leader', enterprises: 'Enterprises to visit', notes: 'Notes' },
      },
    },
    crm: {
      campaigns: {
        nameExample: 'e.g. 2025 campaign of visits to enterprises for jobs (访企拓岗)',
        progress: 'Progress',
        quotas: 'Quotas',
        notes: 'Notes',
        addAQuota: 'Add a quota',
        quotaHelp: 'Distinct enterprises to visit; the ministry asks at least 100 of the top leaders.',
        quotaAtLeastOne: 'At least 1 enterprise',
        noQuota: 'No quota',
        noUnit: 'No unit',
        leader: 'Leader',
        leaders: 'Leaders',
        unit: 'Unit',
        units: 'Units',
        total: 'Total',
        visits: 'Visits',
        enterprises: 'Enterprises visited',
        positions: 'Positions gained',
        internsWanted: 'Interns wanted',
        graduatesWanted: 'Graduates wanted',
        outcomesAfter: 'Signed after a visit',
        download: 'Download the sheet (XLSX)',
        failed: 'The campaign’s figures could not be read.',
        myProgress: 'You have visited %{enterprises} of %{quota} enterprises · %{positions} positions gained',
        everyone: 'Everyone’s progress',
      },
    },
  },
  'zh-CN': {
    resources: {
      campaigns: {
        fields: { name: '名称', startsOn: '开始日期', endsOn: '结束日期', notes: '备注' },
      },
      'campaign-quotas': {
        fields: { campaignId: '专项行动', staffId: '领导', enterprises: '走访企业任务数', notes: '备注' },
      },
    },
    crm: {
      campaigns: {
        nameExample: '例如：2025年访企拓岗促就业专项行动',
        progress: '完成进度',
        quotas: '任务指标',
        notes: '备注',
        addAQuota: '添加任务指标',
        quotaHelp: '走访的不同企业数；书记、校长等主要领导每年不少于 100 家。',
        quotaAtLeastOne: '至少 1 家企业',
        noQuota: '未设任务',
        noUnit: '未分配单位',
        leader: '领导',
        leaders: '领导',
        unit: '单位',
        units: '单位',
        total: '合计',
        visits: '走访次数',
        enterprises: '走访企业数',
        positions: '拓展岗位数',
        internsWanted: '意向实习人数',
        graduatesWanted: '意向就业人数',
        outcomesAfter: '走访后签约成果数',
        download: '下载报表（XLSX）',
        failed: '无法读取专项行动的数据。',
        myProgress: '您已走访 %{enterprises} / %{quota} 家企业 · 拓展岗位 %{positions} 个',
        everyone: '全体进度',
      },
    },
  },
});
