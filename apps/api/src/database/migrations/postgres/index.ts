import type { MigrationInterface } from 'typeorm';
import { Initial1795703828331 } from './1795703828331-initial';
import { TrigramSearch1795703900000 } from './1795703900000-trigram-search';
import { GramSearch1795703900100 } from './1795703900100-gram-search';
import { RowCounts1795703900200 } from './1795703900200-row-counts';
import { SearchKeysTwinsAndFollowUps1795709388333 } from './1795709388333-search-keys-twins-and-follow-ups';
import { ReportTallies1795709400000 } from './1795709400000-report-tallies';
import { InternshipReportIndexes1795709400100 } from './1795709400100-internship-report-indexes';
import { BulkInsertTriggers1795720000000 } from './1795720000000-bulk-insert-triggers';
import { ChamberListTallies1795720000100 } from './1795720000100-chamber-list-tallies';
import { SessionsAndSecrets1796000400000 } from './1796000400000-sessions-and-secrets';
import { Notifications1796000500000 } from './1796000500000-notifications';
import { CampaignsAndIdempotencyKeys1796000600000 } from './1796000600000-campaigns-and-idempotency-keys';
import { Registrations1796000700000 } from './1796000700000-registrations';
import { TeacherPractices1796100000000 } from './1796100000000-teacher-practices';
import { CoveringListIndexes1796200000000 } from './1796200000000-covering-list-indexes';
import { RowCountsForCampaignsAndRegistrations1796200000100 } from './1796200000100-row-counts-for-campaigns-and-registrations';
import { ImportCommitLease1796300000000 } from './1796300000000-import-commit-lease';
import { LatinWordGrams1796500000000 } from './1796500000000-latin-word-grams';
import { ReportTalliesForChambersAndYears1796600000100 } from './1796600000100-report-tallies-for-chambers-and-years';
import { ImportPreviewRows1796700000000 } from './1796700000000-import-preview-rows';

/**
 * PostgreSQL's migrations in the order they run: the same entities as SQLite's set (../sqlite), in
 * PostgreSQL's own SQL. A new one: bring a PostgreSQL database up to date
 * (`DATABASE_URL=postgres://… npm run migration:run`), then
 * `DATABASE_URL=postgres://… npm run migration:generate -- apps/api/src/database/migrations/postgres/<name>`,
 * and add its class here; migrations.spec.ts checks that both sets build what the entities declare.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795703828331,
  TrigramSearch1795703900000,
  GramSearch1795703900100,
  RowCounts1795703900200,
  SearchKeysTwinsAndFollowUps1795709388333,
  ReportTallies1795709400000,
  InternshipReportIndexes1795709400100,
  BulkInsertTriggers1795720000000,
  ChamberListTallies1795720000100,
  SessionsAndSecrets1796000400000,
  Notifications1796000500000,
  CampaignsAndIdempotencyKeys1796000600000,
  Registrations1796000700000,
  TeacherPractices1796100000000,
  CoveringListIndexes1796200000000,
  RowCountsForCampaignsAndRegistrations1796200000100,
  ImportCommitLease1796300000000,
  LatinWordGrams1796500000000,
  ReportTalliesForChambersAndYears1796600000100,
  ImportPreviewRows1796700000000,
];
