import { Initial1795482400818 } from './1795482400818-initial';
import { RowCounts1795482940166 } from './1795482940166-row-counts';
import { EnterpriseListIndex1795483447596 } from './1795483447596-enterprise-list-index';
import { FullTextSearch1795484000000 } from './1795484000000-full-text-search';
import { ReportIndexes1795484445174 } from './1795484445174-report-indexes';
import { ListFilterIndexes1795485000000 } from './1795485000000-list-filter-indexes';
import { GramSearch1795485100000 } from './1795485100000-gram-search';

// Migrations in the order they run; classes, not a file glob, so the bundled server finds them.
// Made from the entities: `npm run migration:run` (brings data/migration-base.sqlite up to date), then
// `npm run migration:generate -- apps/api/src/database/migrations/<name>` writes the difference.
export const MIGRATIONS: Function[] = [Initial1795482400818, RowCounts1795482940166, EnterpriseListIndex1795483447596, FullTextSearch1795484000000, ReportIndexes1795484445174, ListFilterIndexes1795485000000, GramSearch1795485100000];
