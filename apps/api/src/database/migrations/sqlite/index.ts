import type { MigrationInterface } from 'typeorm';
import { Initial1795482400818 } from './1795482400818-initial';
import { RowCounts1795482940166 } from './1795482940166-row-counts';
import { EnterpriseListIndex1795483447596 } from './1795483447596-enterprise-list-index';
import { FullTextSearch1795484000000 } from './1795484000000-full-text-search';
import { ReportIndexes1795484445174 } from './1795484445174-report-indexes';
import { AccountLocale1795490000000 } from './1795490000000-account-locale';
import { NameSortKeys1795490100000 } from './1795490100000-name-sort-keys';
import { SessionsAndLoginThrottle1795490200000 } from './1795490200000-sessions-and-login-throttle';
import { ImportPreviews1795694046978 } from './1795694046978-import-previews';
import { AnnualReportFigures1795694749330 } from './1795694749330-annual-report-figures';
import { AgreementTerms1795694167564 } from './1795694167564-agreement-terms';
import { StalePartnersIndex1795694400000 } from './1795694400000-stale-partners-index';
import { MeetingsLeadSomewhere1795694768386 } from './1795694768386-meetings-lead-somewhere';
import { Attachments1795695245509 } from './1795695245509-attachments';
import { CalendarLinks1795695408156 } from './1795695408156-calendar-links';
import { ListIndexesInPinyinOrder1795700000000 } from './1795700000000-list-indexes-in-pinyin-order';
import { GramsBySortKey1795700100000 } from './1795700100000-grams-by-sort-key';
import { ReportTallies1795700200000 } from './1795700200000-report-tallies';
import { FollowUpMeetingLink1795700210000 } from './1795700210000-follow-up-meeting-link';
import { ListFilterIndexes1795485000000 } from './1795485000000-list-filter-indexes';
import { GramSearch1795485100000 } from './1795485100000-gram-search';
import { PinyinSearchKeys1795700250000 } from './1795700250000-pinyin-search-keys';
import { TwinKeys1795700300000 } from './1795700300000-twin-keys';
import { ChamberTallies1795700412000 } from './1795700412000-chamber-tallies';
import { InternshipReportIndexes1795700413000 } from './1795700413000-internship-report-indexes';
import { ChamberListTallies1795700414000 } from './1795700414000-chamber-list-tallies';
import { CampaignsAndIdempotencyKeys1796000600000 } from './1796000600000-campaigns-and-idempotency-keys';
import { Notifications1796000500000 } from './1796000500000-notifications';
import { Registrations1796000700000 } from './1796000700000-registrations';
import { TeacherPractices1796100000000 } from './1796100000000-teacher-practices';
import { SessionsAndSecrets1796000400000 } from './1796000400000-sessions-and-secrets';
import { CoveringListIndexes1796200000000 } from './1796200000000-covering-list-indexes';
import { RowCountsForCampaignsAndRegistrations1796200000100 } from './1796200000100-row-counts-for-campaigns-and-registrations';
import { ImportCommitLease1796300000000 } from './1796300000000-import-commit-lease';
import { LatinWordGrams1796500000000 } from './1796500000000-latin-word-grams';
import { ReportTalliesForChambersAndYears1796600000000 } from './1796600000000-report-tallies-for-chambers-and-years';
import { ImportPreviewRows1796700000000 } from './1796700000000-import-preview-rows';

// Migrations in the order they run; classes, not a file glob, so the bundled server finds them.
// Made from the entities: `npm run migration:run` (brings data/migration-base.sqlite up to date), then
// `npm run migration:generate -- apps/api/src/database/migrations/sqlite/<name>` writes the difference.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795482400818,
  RowCounts1795482940166,
  EnterpriseListIndex1795483447596,
  FullTextSearch1795484000000,
  ReportIndexes1795484445174,
  ListFilterIndexes1795485000000,
  GramSearch1795485100000,
  AccountLocale1795490000000,
  NameSortKeys1795490100000,
  SessionsAndLoginThrottle1795490200000,
  ImportPreviews1795694046978,
  AgreementTerms1795694167564,
  StalePartnersIndex1795694400000,
  AnnualReportFigures1795694749330,
  MeetingsLeadSomewhere1795694768386,
  Attachments1795695245509,
  CalendarLinks1795695408156,
  ListIndexesInPinyinOrder1795700000000,
  GramsBySortKey1795700100000,
  ReportTallies1795700200000,
  FollowUpMeetingLink1795700210000,
  PinyinSearchKeys1795700250000,
  TwinKeys1795700300000,
  ChamberTallies1795700412000,
  InternshipReportIndexes1795700413000,
  ChamberListTallies1795700414000,
  SessionsAndSecrets1796000400000,
  Notifications1796000500000,
  CampaignsAndIdempotencyKeys1796000600000,
  Registrations1796000700000,
  TeacherPractices1796100000000,
  CoveringListIndexes1796200000000,
  RowCountsForCampaignsAndRegistrations1796200000100,
  ImportCommitLease1796300000000,
  LatinWordGrams1796500000000,
  ReportTalliesForChambersAndYears1796600000000,
  ImportPreviewRows1796700000000,
];
