import {
  DataTable,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  UrlField,
} from 'react-admin';
import { AddMembersButton } from '../quick-create/AddMembersButton';
import { ChoiceChip, DayField, STAGE_COLORS } from '../common/fields';
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
        <TabbedShowLayout.Tab label="crm.chambers.summary">
          <TextField source="name" />
          <ChoiceChip source="kind" choices={vocabularyChoices('chamberKinds')} />
          <TextField source="city" />
          <TextField source="address" />
          <UrlField source="website" target="_blank" />
          <ReferenceField source="ownerId" reference="staff" label="crm.chambers.owner" />
          <NumberField source="memberCount" label="crm.chambers.memberEnterprises" />
          <NumberField source="outcomeCount" label="crm.chambers.outcomesItBrought" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.chambers.members" path="members">
          <Related
            reference="memberships"
            target="chamberId"
            addLabel="crm.chambers.addAMember"
            prefill={(chamber) => ({ chamberId: chamber.id })}
            empty="crm.chambers.noMemberEnterprisesYet"
          >
            <DataTable.Col source="enterpriseId" label="crm.chambers.enterprise">
              <ReferenceField source="enterpriseId" reference="enterprises" />
            </DataTable.Col>
            <DataTable.Col source="role" />
            <DataTable.Col source="since" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.chambers.whatTheyLedTo" path="outcomes">
          <Related
            reference="outcomes"
            target="chamberId"
            sort={{ field: 'updatedAt', order: 'DESC' }}
            empty="crm.chambers.noOutcomeCreditedToThis"
          >
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
            </DataTable.Col>
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
            <DataTable.Col source="enterpriseId" label="crm.chambers.partner">
              <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.chambers.meetings" path="meetings">
          <Related
            reference="meetings"
            target="chamberIds"
            sort={{ field: 'startsAt', order: 'DESC' }}
            empty="crm.chambers.notAtAnyMeetingYet"
          >
            <DataTable.Col source="startsAt" label="crm.chambers.when" field={DayField} />
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.chambers.contacts" path="contacts">
          <Related
            reference="contacts"
            target="chamberId"
            addLabel="crm.chambers.addAContact"
            prefill={(chamber) => ({ chamberId: chamber.id })}
          >
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
            <DataTable.Col source="phone" />
            <DataTable.Col source="email" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.chambers.history" path="history">
          <Timeline resource="chambers" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
