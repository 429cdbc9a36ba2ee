import { DataTable, DateField, EditButton, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, UrlField } from 'react-admin';
import { AddMembersButton } from '../lesstyping/AddMembersButton';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function ChamberShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <AddMembersButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Summary">
          <TextField source="name" />
          <ChoiceChip source="kind" choices={vocabularyChoices('chamberKinds')} />
          <TextField source="city" />
          <TextField source="address" />
          <UrlField source="website" target="_blank" />
          <ReferenceField source="ownerId" reference="staff" label="Owner" />
          <NumberField source="memberCount" label="Member enterprises" />
          <NumberField source="outcomeCount" label="Outcomes it brought" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Members" path="members">
          <Related reference="memberships" target="chamberId" addLabel="Add a member" prefill={(chamber) => ({ chamberId: chamber.id })} empty="No member enterprises yet.">
            <DataTable.Col source="enterpriseId" label="Enterprise">
              <ReferenceField source="enterpriseId" reference="enterprises" />
            </DataTable.Col>
            <DataTable.Col source="role" />
            <DataTable.Col source="since" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="What they led to" path="outcomes">
          <Related reference="outcomes" target="chamberId" sort={{ field: 'updatedAt', order: 'DESC' }} empty="No outcome credited to this chamber yet.">
            <DataTable.Col source="title" />
            <DataTable.Col source="kind" ><ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} /></DataTable.Col>
            <DataTable.Col source="stage" ><ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} /></DataTable.Col>
            <DataTable.Col source="enterpriseId" label="Partner">
              <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Meetings" path="meetings">
          <Related reference="meetings" target="chamberIds" sort={{ field: 'startsAt', order: 'DESC' }} empty="Not at any meeting yet.">
            <DataTable.Col source="startsAt" label="When" field={DateField} />
            <DataTable.Col source="title" />
            <DataTable.Col source="kind" ><ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} /></DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Contacts" path="contacts">
          <Related reference="contacts" target="chamberId" addLabel="Add a contact" prefill={(chamber) => ({ chamberId: chamber.id })}>
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
            <DataTable.Col source="phone" />
            <DataTable.Col source="email" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="chambers" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
