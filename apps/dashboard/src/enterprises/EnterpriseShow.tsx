import { Box, Chip, Stack, Typography } from '@mui/material';
import type { Enterprise } from '@crm/domain';
import {
  DataTable,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ChoiceChip, DayField, HealthField, STAGE_COLORS, useHealthReasons } from '../common/fields';
import { Related } from '../common/Related';
import { PracticesOf } from '../teacher-practices/TeacherPracticeShow';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { useFormat, vocabularyChoices } from '../i18n';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { EnterpriseSurveyAnswers } from '../registrations/SurveyAnswers';

function EnterpriseHeader() {
  const enterprise = useRecordContext<Enterprise>();
  const translate = useTranslate();
  const format = useFormat();
  const reasonsOf = useHealthReasons();
  if (!enterprise) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Typography variant="h5">{enterprise.name}</Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <ChoiceChip
          source="relationshipStage"
          choices={vocabularyChoices('relationshipStages')}
          colors={STAGE_COLORS}
        />
        <HealthField />
        <ChoiceChip source="tier" choices={vocabularyChoices('tiers')} />
        {enterprise.lastContactDate && (
          <Chip
            size="small"
            variant="outlined"
            label={translate('crm.enterprises.lastContactOn', { date: format.date(enterprise.lastContactDate) })}
          />
        )}
      </Stack>
      {enterprise.health?.reasons.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {reasonsOf(enterprise.health.reasons).join(' · ')}
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
        <TabbedShowLayout.Tab label="crm.enterprises.summary">
          <TextField source="uscc" label="crm.enterprises.uscc" emptyText="crm.enterprises.unknown" />
          <Aliases />
          <TextField source="industry" />
          <ChoiceChip source="ownership" choices={vocabularyChoices('ownerships')} />
          <ChoiceChip source="size" choices={vocabularyChoices('enterpriseSizes')} />
          <TextField source="city" />
          <TextField source="address" />
          <UrlField source="website" target="_blank" />
          <ReferenceField source="ownerId" reference="staff" label="crm.enterprises.owner" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.contacts" path="contacts">
          <Related
            reference="contacts"
            target="enterpriseId"
            addLabel="crm.enterprises.addAContact"
            prefill={(enterprise) => ({ enterpriseId: enterprise.id })}
          >
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
            <DataTable.Col source="phone" />
            <DataTable.Col source="email" />
            <DataTable.Col source="permission">
              <ChoiceChip source="permission" choices={vocabularyChoices('contactPermissions')} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.chambers" path="chambers">
          <Related
            reference="memberships"
            target="enterpriseId"
            addLabel="crm.enterprises.addToAChamber"
            prefill={(enterprise) => ({ enterpriseId: enterprise.id })}
            empty="crm.enterprises.notAMemberOfAny"
          >
            <DataTable.Col source="chamberId" label="crm.enterprises.chamber">
              <ReferenceField source="chamberId" reference="chambers" />
            </DataTable.Col>
            <DataTable.Col source="role" />
            <DataTable.Col source="since" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.meetings" path="meetings">
          <Related
            reference="meetings"
            target="enterpriseIds"
            sort={{ field: 'startsAt', order: 'DESC' }}
            empty="crm.enterprises.noMeetingYet"
          >
            <DataTable.Col source="startsAt" label="crm.enterprises.when" field={DayField} />
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.outcomes" path="outcomes">
          <Related
            reference="outcomes"
            target="enterpriseId"
            addLabel="crm.enterprises.addAnOutcome"
            prefill={(enterprise) => ({ enterpriseId: enterprise.id })}
            sort={{ field: 'updatedAt', order: 'DESC' }}
          >
            <DataTable.Col source="title" />
            <DataTable.Col source="kind">
              <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
            </DataTable.Col>
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
            <DataTable.Col source="endDate" label="crm.enterprises.ends" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.internships" path="intakes">
          <Related
            reference="intakes"
            target="enterpriseId"
            sort={{ field: 'academicYear', order: 'DESC' }}
            empty="crm.enterprises.noInternshipIntakeRecorded"
          >
            <DataTable.Col source="academicYear" label="crm.enterprises.year" />
            <DataTable.Col source="term" />
            <DataTable.Col source="majorId" label="crm.enterprises.major">
              <ReferenceField source="majorId" reference="majors" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="positions" />
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.tasks" path="tasks">
          <Related
            reference="tasks"
            target="enterpriseId"
            addLabel="crm.enterprises.addAFollowUp"
            prefill={(enterprise) => ({ enterpriseId: enterprise.id })}
            sort={{ field: 'dueDate', order: 'ASC' }}
          >
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="crm.enterprises.due" field={DayField} />
            <DataTable.Col source="assigneeId" label="crm.enterprises.assignee">
              <ReferenceField source="assigneeId" reference="staff" link={false} />
            </DataTable.Col>
            <DataTable.Col source="doneAt" label="crm.enterprises.done" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.teacherPractices.tab" path="practices">
          <PracticesOf target="enterpriseId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.enterprises.history" path="history">
          <Timeline resource="enterprises" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.registrations.panel.answers" path="survey">
          <EnterpriseSurveyAnswers />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.attachments.title" path="files">
          <AttachmentsPanel resource="enterprises" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
