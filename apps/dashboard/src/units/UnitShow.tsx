import { DataTable, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function UnitShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.units.unit">
          <TextField source="name" />
          <ChoiceChip source="kind" choices={vocabularyChoices('unitKinds')} />
          <TextField source="code" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.majors" path="majors">
          <Related reference="majors" target="unitId" addLabel="crm.units.addAMajor" prefill={(unit) => ({ unitId: unit.id })} sort={{ field: 'code', order: 'ASC' }}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.projects" path="outcomes">
          <Related reference="outcomes" target="unitId" sort={{ field: 'updatedAt', order: 'DESC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.staff" path="staff">
          <Related reference="staff" target="unitId" sort={{ field: 'name', order: 'ASC' }}>
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.history" path="history">
          <Timeline resource="units" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
