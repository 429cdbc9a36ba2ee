import { AUDIT_ACTIONS } from '@crm/domain';
import { DataTable, DateField, FilterList, FilterListItem, List, TextField } from 'react-admin';
import { FilterSidebar } from '../common/pages';

const RESOURCES = ['chambers', 'enterprises', 'memberships', 'contacts', 'units', 'majors', 'staff', 'meetings', 'outcomes', 'intakes', 'tasks'];

function AuditFilters() {
  return (
    <FilterSidebar>
      <FilterList label="Action" icon={null}>
        {AUDIT_ACTIONS.map((action) => (
          <FilterListItem key={action} label={action} value={{ action }} />
        ))}
      </FilterList>
      <FilterList label="Resource" icon={null}>
        {RESOURCES.map((resource) => (
          <FilterListItem key={resource} label={resource} value={{ resource }} />
        ))}
      </FilterList>
    </FilterSidebar>
  );
}

/** The audit trail, read-only: who changed what and when, across the whole CRM. */
export function AuditList() {
  return (
    <List aside={<AuditFilters />} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at" label="When">
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="actorName" label="Who" disableSort />
        <DataTable.Col source="action" />
        <DataTable.Col source="resource" />
        <DataTable.Col source="recordId" label="Record">
          <TextField source="recordId" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
