import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** What each tag (the path's first segment, mostly) holds, in the users' words first. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: '登录与账户 — login, logout, the session, the account’s password, language and notification channels.',
  chambers: '商协会 — chambers of commerce, industry associations, alliances and government bodies.',
  enterprises: '企业 — companies, keyed by their unified social credit code where known; duplicates and merges.',
  memberships: '会员关系 — an enterprise’s membership of a chamber, with its role.',
  contacts: '联系人 — people at an enterprise or a chamber (not users); duplicates and merges.',
  units: '部门与二级学院 — the school’s offices and colleges.',
  majors: '专业 — national major codes, each of a college.',
  staff: '教职工 — school-side people; those with a username log in.',
  meetings: '会议与走访 — symposiums, visits, signings and calls, with who came and what was agreed.',
  outcomes: '合作成果 — cooperation projects and their agreements, on the kanban; renewals.',
  intakes: '实习使用 — internship use of a base per academic year, term and major.',
  tasks: '跟进任务 — follow-ups with an assignee and a due date.',
  attachments: '附件 — files of a meeting, an outcome or an enterprise.',
  campaigns: '访企拓岗专项行动 — the visits campaign of a year.',
  'campaign-quotas': '访企拓岗任务数 — each leader’s quota in a campaign.',
  registrations: '报名与签到 — what enterprises sent through public links, pending until accepted.',
  public: '公开链接 — registration, check-in, survey and sign-up pages, without an account (throttled).',
  'audit-events': '操作记录 — who changed what, when, before and after.',
  reports: '报表 — the home figures, the pipeline, internships, the campaign and the annual report.',
  imports: '导入 — CSV/XLSX sheets previewed row by row, then committed in one transaction.',
  calendar: '日历订阅 — a personal iCalendar feed of meetings and tasks.',
  notifications: '通知 — what the CRM tells one user, in the app, by e-mail or WeChat Work.',
  search: '搜索 — the search box across enterprises, chambers, contacts, meetings and outcomes.',
  health: '健康检查 — for the load balancer.',
};

/**
 * The OpenAPI document at /api/docs (JSON at /api/docs-json): the operations from the controllers'
 * decorators, the records from each feature's `<feature>.schema.ts`. Every tag an operation uses is
 * defined, so a new resource's tag needs no line here.
 */
export function setUpOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Partnership CRM API')
      .setDescription(
        '校企合作管理系统 — school–enterprise cooperation: chambers, enterprises, contacts, meetings, outcomes, intakes, tasks. Lists follow ra-data-simple-rest. ' +
          'Errors are `{statusCode, message, errors}` with the message in the language of Accept-Language (zh-CN or en). ' +
          'Each operation names its action of the permission table (libs/domain/src/permissions.ts) in x-crm-action; its resource is the path’s first segment.',
      )
      .setVersion('1')
      .addServer('/', 'This server (the dashboard’s own origin)')
      .addBearerAuth()
      .build(),
  );
  const used = new Set(
    Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).flatMap((operation: { tags?: string[] }) => operation.tags ?? []),
    ),
  );
  document.tags = [...used]
    .sort()
    .map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}) }));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}
