import { DataTable, ReferenceField, Show, TabbedShowLayout, TextField, WithRecord } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';
import { MajorIntakeTotals } from '../reports/IntakeTotalsCard';

export function MajorShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.majors.major">
          <TextField source="code" />
          <TextField source="name" />
          <ReferenceField source="unitId" reference="units" label="crm.majors.college" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.majors.internships" path="intakes">
          <WithRecord render={(major) => <MajorIntakeTotals majorId={Number(major.id)} />} />
          <Related reference="intakes" target="majorId" sort={{ field: 'academicYear', order: 'DESC' }}>
            <DataTable.Col source="academicYear" label="crm.majors.year" />
            <DataTable.Col source="term">
              <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
            </DataTable.Col>
            <DataTable.Col source="outcomeId" label="crm.majors.base">
              <ReferenceField source="outcomeId" reference="outcomes" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.majors.history" path="history">
          <Timeline resource="majors" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
