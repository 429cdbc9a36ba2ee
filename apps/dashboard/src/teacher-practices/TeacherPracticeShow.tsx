import { DataTable, NumberField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { DayField } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';

export function TeacherPracticeShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.teacherPractices.practice">
          <ReferenceField source="staffId" reference="staff" />
          <ReferenceField source="unitId" reference="units" emptyText="—" />
          <ReferenceField source="enterpriseId" reference="enterprises" />
          <DayField source="startsOn" />
          <DayField source="endsOn" />
          <NumberField source="days" />
          <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
          <ReferenceField source="outcomeId" reference="outcomes" emptyText="—" />
          <AttachmentsPanel resource="teacher-practices" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.teacherPractices.history" path="history">
          <Timeline resource="teacher-practices" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

/**
 * The practices of the record shown — a teacher's, an enterprise's or a project's — with a button to
 * record one prefilled with it: on the staff, enterprise and outcome pages.
 */
export function PracticesOf({ target }: { target: 'staffId' | 'enterpriseId' | 'outcomeId' }) {
  return (
    <Related
      reference="teacher-practices"
      target={target}
      addLabel="crm.teacherPractices.add"
      prefill={(record) => ({
        [target]: record.id,
        ...(target === 'outcomeId' ? { enterpriseId: (record as { enterpriseId?: number }).enterpriseId } : {}),
      })}
      sort={{ field: 'startsOn', order: 'DESC' }}
      empty="crm.teacherPractices.none"
    >
      {target !== 'staffId' && (
        <DataTable.Col source="staffId">
          <ReferenceField source="staffId" reference="staff" link={false} />
        </DataTable.Col>
      )}
      {target !== 'enterpriseId' && (
        <DataTable.Col source="enterpriseId">
          <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
        </DataTable.Col>
      )}
      <DataTable.Col source="startsOn" field={DayField} />
      <DataTable.Col source="endsOn" field={DayField} />
      <DataTable.NumberCol source="days" />
    </Related>
  );
}
