import type { AuditEvent } from '@crm/domain';
import { DataTable, FilterList, FilterListItem, FunctionField, List, TextField, useTranslate } from 'react-admin';
import { ChoiceChip, TimeField } from '../common/fields';
import { vocabularyChoices } from '../i18n';
import { FilterSidebar } from '../common/pages';

const RESOURCES = ['chambers', 'enterprises', 'memberships', 'contacts', 'units', 'majors', 'staff', 'meetings', 'outcomes', 'intakes', 'tasks'];

/** A resource's name in the interface's language, e.g. "企业" for enterprises. */
export function useResourceName() {
  const translate = useTranslate();
  return (resource: string) => translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
}

function AuditFilters() {
  const resourceName = useResourceName();
  return (
    <FilterSidebar>
      <FilterList label="crm.audit.action" icon={null}>
        {vocabularyChoices('auditActions').map((action) => (
          <FilterListItem key={action.id} label={action.name} value={{ action: action.id }} />
        ))}
      </FilterList>
      <FilterList label="crm.audit.resource" icon={null}>
        {RESOURCES.map((resource) => (
          <FilterListItem key={resource} label={resourceName(resource)} value={{ resource }} />
        ))}
      </FilterList>
    </FilterSidebar>
  );
}

/** The audit trail, read-only: who changed what and when, across the whole CRM. */
export function AuditList() {
  const resourceName = useResourceName();
  return (
    <List aside={<AuditFilters />} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at" label="crm.audit.when">
          <TimeField source="at" />
        </DataTable.Col>
        <DataTable.Col source="actorName" label="crm.audit.who" disableSort />
        <DataTable.Col source="action">
          <ChoiceChip source="action" choices={vocabularyChoices('auditActions')} />
        </DataTable.Col>
        <DataTable.Col source="resource">
          <FunctionField<AuditEvent> render={(event) => resourceName(event.resource)} />
        </DataTable.Col>
        <DataTable.Col source="recordId" label="crm.audit.record">
          <TextField source="recordId" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
