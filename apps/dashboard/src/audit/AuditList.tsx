import { AUDIT_ACTIONS } from '@crm/domain';
import { DataTable, DateField, DateInput, FilterList, FilterListItem, FilterLiveForm, List, TextField } from 'react-admin';
import { safeExporter } from '../common/csv';
import { FilterHeading, FilterSidebar, ReferenceFilter } from '../common/pages';
import { describeEvent } from './sentences';

const RESOURCES = ['chambers', 'enterprises', 'memberships', 'contacts', 'units', 'majors', 'staff', 'meetings', 'outcomes', 'intakes', 'tasks'];

/** Filters of the whole trail: who, on what, which action, between which days. */
function AuditFilters() {
  return (
    <FilterSidebar>
      <FilterHeading>Who</FilterHeading>
      <ReferenceFilter source="actorId" reference="staff" label="Staff member" />
      <FilterHeading>When</FilterHeading>
      <FilterLiveForm>
        <DateInput source="at_gte" label="From" helperText={false} size="small" />
        <DateInput source="at_lte" label="Until" helperText={false} size="small" />
      </FilterLiveForm>
      <FilterList label="Action" icon={null}>
        {AUDIT_ACTIONS.map((action) => (
          <FilterListItem key={action} label={action.replace('_', ' ')} value={{ action }} />
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

/** The audit trail (admin only), read-only: who changed what and when, across the whole CRM. */
export function AuditList() {
  return (
    <List aside={<AuditFilters />} sort={{ field: 'id', order: 'DESC' }} perPage={50} exporter={safeExporter}>
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
        <DataTable.Col label="What happened" disableSort render={describeEvent} />
      </DataTable>
    </List>
  );
}
