import { DataTable, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';

export function MajorShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Major">
          <TextField source="code" />
          <TextField source="name" />
          <ReferenceField source="unitId" reference="units" label="College" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Internships" path="intakes">
          <Related reference="intakes" target="majorId" sort={{ field: 'academicYear', order: 'DESC' }}>
            <DataTable.Col source="academicYear" label="Year" />
            <DataTable.Col source="term" />
            <DataTable.Col source="outcomeId" label="Base">
              <ReferenceField source="outcomeId" reference="outcomes" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="majors" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
