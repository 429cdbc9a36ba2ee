import { AUDIT_ACTIONS } from '@crm/domain';
import { DataTable, DateField, DateInput, FilterList, FilterListItem, FilterLiveForm, List, TextField, useTranslate } from 'react-admin';
import type { AuditEvent } from '@crm/domain';
import { useVocabularyLabel, vocabularyKey } from '../i18n';
import { safeExporter } from '../common/csv';
import { FilterHeading, FilterSidebar, ReferenceFilter } from '../common/pages';
import { describeEvent } from './sentences';

const RESOURCES = ['chambers', 'enterprises', 'memberships', 'contacts', 'units', 'majors', 'staff', 'meetings', 'outcomes', 'intakes', 'tasks'];

/** Filters of the whole trail: who, on what, which action, between which days. */
function AuditFilters() {
  const translate = useTranslate();
  return (
    <FilterSidebar>
      <FilterHeading>{translate('crm.audit.who')}</FilterHeading>
      <ReferenceFilter source="actorId" reference="staff" label="crm.audit.staffMember" />
      <FilterHeading>{translate('crm.audit.when')}</FilterHeading>
      <FilterLiveForm>
        <DateInput source="at_gte" label="crm.audit.from" helperText={false} size="small" />
        <DateInput source="at_lte" label="crm.audit.until" helperText={false} size="small" />
      </FilterLiveForm>
      <FilterList label="crm.audit.action" icon={null}>
        {AUDIT_ACTIONS.map((action) => (
          <FilterListItem key={action} label={vocabularyKey('auditActions', action)} value={{ action }} />
        ))}
      </FilterList>
      <FilterList label="crm.audit.resource" icon={null}>
        {RESOURCES.map((resource) => (
          <FilterListItem key={resource} label={`resources.${resource}.name`} value={{ resource }} />
        ))}
      </FilterList>
    </FilterSidebar>
  );
}

/** The audit trail (admin only), read-only: who changed what and when, across the whole CRM. */
export function AuditList() {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  return (
    <List aside={<AuditFilters />} sort={{ field: 'id', order: 'DESC' }} perPage={50} exporter={safeExporter}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at" label="crm.audit.when">
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="actorName" label="crm.audit.who" disableSort />
        <DataTable.Col source="action" label="crm.audit.action" render={(event: AuditEvent) => label('auditActions', event.action)} />
        <DataTable.Col source="resource" label="crm.audit.resource" />
        <DataTable.Col source="recordId" label="crm.audit.record">
          <TextField source="recordId" />
        </DataTable.Col>
        <DataTable.Col label="crm.audit.what" disableSort render={(event: AuditEvent) => describeEvent(event, translate, label)} />
      </DataTable>
    </List>
  );
}
