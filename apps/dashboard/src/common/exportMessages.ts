import { defineMessages } from '../i18n/define';

export default defineMessages({
  en: { crm: { exports: { csv: 'Export CSV', xlsx: 'Export XLSX' } } },
  'zh-CN': { crm: { exports: { csv: '导出 CSV', xlsx: '导出 XLSX' } } },
});
