import { defineMessages } from '../define';

/** The offices' daily work: agreements and renewals, meetings that lead somewhere, attachments, the calendar feed. */
export default defineMessages(
  'workflow',
  {
    onlySignedRenews: 'Only a signed agreement can be renewed; this outcome is at the stage “{stage}”.',
    afterCurrentEnd: 'must be after the current end date ({endDate})',
    notBeforeStart: 'must not be before the start date',
    anotherMeeting: 'must name another meeting',
    visitOnly: 'is recorded only for a visit made to an enterprise',
    months: 'must be a whole number of months between 1 and 120',
    fileMissing: 'must be a file sent as multipart form data',
    fileTooLarge: 'A file may be at most {max} MB; nothing was stored.',
    attachmentsOfOneRecord: 'Attachments are listed per record: give filter={"resource":…,"recordId":…}.',
    noCalendar: 'There is no calendar at this address; ask for a new link in the CRM.',
  },
  {
    onlySignedRenews: '只有已签订的协议才能续签；此合作成果处于“{stage}”阶段。',
    afterCurrentEnd: '必须晚于当前的结束日期（{endDate}）',
    notBeforeStart: '不能早于开始日期',
    anotherMeeting: '必须是另一场会议',
    visitOnly: '仅在访企拓岗时记录',
    months: '必须是 1 到 120 之间的整数月数',
    fileMissing: '必须是以 multipart 表单发送的文件',
    fileTooLarge: '文件最大为 {max} MB；未保存任何内容。',
    attachmentsOfOneRecord: '附件按记录列出：请提供 filter={"resource":…,"recordId":…}。',
    noCalendar: '此地址没有日历；请在系统中重新获取链接。',
  },
);
