import { Box, Chip, Stack, Typography } from '@mui/material';
import type { Enterprise } from '@crm/domain';
import {
  DataTable,
  DateField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { ChoiceChip, HealthField, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';

function EnterpriseHeader() {
  const enterprise = useRecordContext<Enterprise>();
  if (!enterprise) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Typography variant="h5">{enterprise.name}</Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <ChoiceChip source="relationshipStage" choices={vocabularyChoices('relationshipStages')} colors={STAGE_COLORS} />
        <HealthField />
        <ChoiceChip source="tier" choices={vocabularyChoices('tiers')} />
        {enterprise.lastContactDate && <Chip size="small" variant="outlined" label={`Last contact ${enterprise.lastContactDate}`} />}
      </Stack>
      {enterprise.health?.reasons.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {enterprise.health.reasons.join(' · ')}
        </Typography>
      )}
    </Box>
  );
}

function Aliases() {
  const enterprise = useRecordContext<Enterprise>();
  if (!enterprise?.aliases?.length) return null;
  return (
    <Stack direction="row" spacing={1}>
      {enterprise.aliases.map((alias) => (
        <Chip key={alias} size="small" label={alias} />
      ))}
    </Stack>
  );
}


export function EnterpriseShow() {
  return (
    <Show>
      <EnterpriseHeader />
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Summary">
          <TextField source="uscc" label="USCC" emptyText="unknown" />
          <Aliases />
          <TextField source="industry" />
          <ChoiceChip source="ownership" choices={vocabularyChoices('ownerships')} />
          <ChoiceChip source="size" choices={vocabularyChoices('enterpriseSizes')} />
          <TextField source="city" />
          <TextField source="address" />
          <UrlField source="website" target="_blank" />
          <ReferenceField source="ownerId" reference="staff" label="Owner" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Contacts" path="contacts">
          <Related reference="contacts" target="enterpriseId" addLabel="Add a contact" prefill={(enterprise) => ({ enterpriseId: enterprise.id })}>
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
            <DataTable.Col source="phone" />
            <DataTable.Col source="email" />
            <DataTable.Col source="permission">
              <ChoiceChip source="permission" choices={vocabularyChoices('contactPermissions')} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Chambers" path="chambers">
          <Related reference="memberships" target="enterpriseId" addLabel="Add to a chamber" prefill={(enterprise) => ({ enterpriseId: enterprise.id })} empty="Not a member of any chamber.">
            <DataTable.Col source="chamberId" label="Chamber">
              <ReferenceField source="chamberId" reference="chambers" />
            </DataTable.Col>
            <DataTable.Col source="role" />
            <DataTable.Col source="since" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Meetings" path="meetings">
          <Related reference="meetings" target="enterpriseIds" sort={{ field: 'startsAt', order: 'DESC' }} empty="No meeting yet.">
            <DataTable.Col source="startsAt" label="When" field={DateField} />
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Outcomes" path="outcomes">
          <Related reference="outcomes" target="enterpriseId" addLabel="Add an outcome" prefill={(enterprise) => ({ enterpriseId: enterprise.id })} sort={{ field: 'updatedAt', order: 'DESC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
            </DataTable.Col>
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
            <DataTable.Col source="endDate" label="Ends" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Internships" path="intakes">
          <Related reference="intakes" target="enterpriseId" sort={{ field: 'academicYear', order: 'DESC' }} empty="No internship intake recorded.">
            <DataTable.Col source="academicYear" label="Year" />
            <DataTable.Col source="term" />
            <DataTable.Col source="majorId" label="Major">
              <ReferenceField source="majorId" reference="majors" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="positions" />
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tasks" path="tasks">
          <Related reference="tasks" target="enterpriseId" addLabel="Add a follow-up" prefill={(enterprise) => ({ enterpriseId: enterprise.id })} sort={{ field: 'dueDate', order: 'ASC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="Due" field={DateField} />
            <DataTable.Col source="assigneeId" label="Assignee">
              <ReferenceField source="assigneeId" reference="staff" link={false} />
            </DataTable.Col>
            <DataTable.Col source="doneAt" label="Done" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="enterprises" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.attachments.title" path="files">
          <AttachmentsPanel resource="enterprises" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
