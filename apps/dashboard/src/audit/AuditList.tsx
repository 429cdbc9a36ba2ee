import { AUDIT_FILTER_RESOURCES, type AuditEvent } from '@crm/domain';
import {
  DataTable,
  FilterList,
  FilterListItem,
  FilterLiveForm,
  FunctionField,
  List,
  TextField,
  useListContext,
  useTranslate,
} from 'react-admin';
import { safeExporter } from '../common/csv';
import { DayInput } from '../common/DateInputs';
import { ChoiceChip, TimeField } from '../common/fields';
import { FilterHeading, FilterSidebar, ReferenceFilter } from '../common/pages';
import { vocabularyChoices } from '../i18n';
import { describeEvent } from '../common/sentences';
import { useSpeech } from '../common/useSpeech';

/** A resource's name in the interface's language, e.g. "企业" for enterprises. */
export function useResourceName() {
  const translate = useTranslate();
  return (resource: string) => translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
}

/** Filters of the whole trail: who, between which days, which action, on what. */
function AuditFilters() {
  const translate = useTranslate();
  const resourceName = useResourceName();
  return (
    <FilterSidebar>
      <FilterHeading>{translate('crm.audit.who')}</FilterHeading>
      <ReferenceFilter source="actorId" reference="staff" label="crm.audit.staffMember" />
      <FilterHeading>{translate('crm.audit.when')}</FilterHeading>
      <FilterLiveForm>
        <DayInput source="at_gte" label="crm.audit.from" helperText={false} />
        <DayInput source="at_lte" label="crm.audit.until" helperText={false} />
      </FilterLiveForm>
      <FilterList label="crm.audit.action" icon={null}>
        {vocabularyChoices('auditActions').map((action) => (
          <FilterListItem key={action.id} label={action.name} value={{ action: action.id }} />
        ))}
      </FilterList>
      <FilterList label="crm.audit.resource" icon={null}>
        {AUDIT_FILTER_RESOURCES.map((resource) => (
          <FilterListItem key={resource} label={resourceName(resource)} value={{ resource }} />
        ))}
      </FilterList>
    </FilterSidebar>
  );
}

/** The audit trail (the admin's), read-only: who changed what and when, across the whole CRM, each event in a sentence. */
export function AuditList() {
  return (
    <List aside={<AuditFilters />} sort={{ field: 'id', order: 'DESC' }} perPage={50} exporter={safeExporter}>
      <AuditTable />
    </List>
  );
}

/** The page of events, each in a sentence that names the records it points at. */
function AuditTable() {
  const resourceName = useResourceName();
  const { data } = useListContext<AuditEvent>();
  const speech = useSpeech(data);
  return (
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
      <DataTable.Col label="crm.audit.what" disableSort>
        <FunctionField<AuditEvent> render={(event) => describeEvent(event, speech)} />
      </DataTable.Col>
    </DataTable>
  );
}
