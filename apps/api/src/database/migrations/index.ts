import { Initial1795482400818 } from './1795482400818-initial';
import { RowCounts1795482940166 } from './1795482940166-row-counts';
import { EnterpriseListIndex1795483447596 } from './1795483447596-enterprise-list-index';
import { FullTextSearch1795484000000 } from './1795484000000-full-text-search';

// Migrations in the order they run; classes, not a file glob, so the bundled server finds them.
// Made from the entities by `npm run migration:generate -- apps/api/src/database/migrations/<name>`.
export const MIGRATIONS: Function[] = [Initial1795482400818, RowCounts1795482940166, EnterpriseListIndex1795483447596, FullTextSearch1795484000000];
