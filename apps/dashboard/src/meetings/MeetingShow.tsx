import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { ApiError, Meeting, Staff, Task } from '@crm/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { ReactNode, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import {
  AutocompleteInput,
  DataTable,
  EditButton,
  Form,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  required,
  SaveButton,
  ShowBase,
  SingleFieldList,
  TextInput,
  TopToolbar,
  ChipField,
  useCanAccess,
  useCreate,
  useGetMany,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  Title,
} from 'react-admin';
import { DayInput } from '../common/DateInputs';
import { ChoiceChip, DayField, MarkdownField, STAGE_COLORS, TimeField } from '../common/fields';
import { createLink } from '../common/links';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { SignInSheetButton } from '../imports/SignInSheetButton';
import { vocabularyChoices } from '../i18n';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { GuestsPanel } from '../registrations/GuestsPanel';
import { NewsDraftButton } from './NewsDraftButton';
import { MarkDoneButton } from '../tasks/TaskList';
import { VISIT_KIND } from './MeetingInputs';

/** Long names and topics wrap inside their chip instead of widening the page on a phone. */
const WRAPPING_CHIP = {
  maxWidth: '100%',
  height: 'auto',
  minHeight: 24,
  '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
};

/** A card of the meeting page; `title` is a catalogue key. */
function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{translate(title)}</Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

function People({ source, reference, empty }: { source: string; reference: string; empty: string }) {
  const translate = useTranslate();
  return (
    <ReferenceArrayField
      source={source}
      reference={reference}
      perPage={500}
      empty={<Typography color="text.secondary">{translate(empty)}</Typography>}
    >
      <SingleFieldList linkType="show" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        <ChipField source="name" size="small" sx={WRAPPING_CHIP} />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}

/** The school's attendees as one-click choices of who follows up: the people who were there usually do. */
function AttendeeChoices({ staffIds }: { staffIds: number[] }) {
  const { data: staff } = useGetMany<Staff>('staff', { ids: staffIds }, { enabled: staffIds.length > 0 });
  const { setValue } = useFormContext();
  const chosen = useWatch({ name: 'assigneeId' });
  const translate = useTranslate();
  if (!staff?.length) return null;
  return (
    <Stack
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}
      data-testid="attendee-choices"
    >
      <Typography variant="caption" color="text.secondary">
        {translate('crm.meetings.giveTo')}
      </Typography>
      {staff.map((member) => (
        <Chip
          key={member.id}
          size="small"
          label={member.name}
          color={chosen === member.id ? 'primary' : 'default'}
          variant={chosen === member.id ? 'filled' : 'outlined'}
          onClick={() => setValue('assigneeId', member.id, { shouldDirty: true })}
        />
      ))}
    </Stack>
  );
}

/** When the follow-up was done, or the one click that marks it done. */
function DoneOrMarkDone() {
  const task = useRecordContext<Task>();
  return task?.doneAt ? <DayField source="doneAt" /> : <MarkDoneButton />;
}

/** Logs a follow-up without leaving the meeting: title, who, by when; after one, the cursor waits for the next. */
function QuickTask() {
  const meeting = useRecordContext<Meeting>();
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [round, setRound] = useState(0);
  const { canAccess } = useCanAccess({ action: 'create', resource: 'tasks' });
  if (!meeting || !canAccess) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      await create('tasks', { data: { ...values, meetingId: meeting.id } }, { returnPromise: true });
    } catch (error) {
      const body = (error as { body?: ApiError }).body;
      if (body?.errors) return body.errors;
      notify((error as Error).message, { type: 'error' });
      return undefined;
    }
    notify('crm.meetings.followUpAdded', { type: 'info' });
    setRound(round + 1);
    refresh();
    return undefined;
  };
  return (
    <Form key={round} onSubmit={submit} record={{}}>
      {/* inputs are full width by default: in a row each needs its share (flex-basis only in a row: in a column it would be a height), and the button must not shrink */}
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={{ md: 1 }}
        useFlexGap
        sx={{ alignItems: { md: 'flex-start' }, flexWrap: { md: 'wrap' } }}
      >
        <TextInput
          source="title"
          label="crm.meetings.newFollowUp"
          validate={required()}
          helperText={false}
          autoFocus={round > 0}
          sx={{ flex: { md: '2 1 220px' } }}
        />
        <ReferenceInput source="assigneeId" reference="staff">
          <AutocompleteInput label="crm.meetings.who" helperText={false} sx={{ flex: { md: '1 1 160px' } }} />
        </ReferenceInput>
        <DayInput source="dueDate" label="crm.meetings.due" helperText={false} sx={{ flex: { md: '0 1 160px' } }} />
        <SaveButton
          label="crm.meetings.add"
          icon={<AddIcon />}
          alwaysEnable
          sx={{ mt: { md: 1 }, flexShrink: 0, whiteSpace: 'nowrap' }}
        />
      </Stack>
      <AttendeeChoices staffIds={meeting.staffIds} />
    </Form>
  );
}

function AddOutcomeButton() {
  const meeting = useRecordContext<Meeting>();
  const translate = useTranslate();
  const location = useLocation();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'outcomes' });
  if (!meeting || !canAccess) return null;
  const prefill = {
    meetingId: meeting.id,
    // one partner or one chamber present is the obvious default; with several the user picks
    ...(meeting.enterpriseIds.length === 1 ? { enterpriseId: meeting.enterpriseIds[0] } : {}),
    ...(meeting.chamberIds.length === 1 ? { chamberId: meeting.chamberIds[0] } : {}),
  };
  return (
    <Button
      component={Link}
      to={createLink('outcomes', prefill, location.pathname)}
      size="small"
      startIcon={<AddIcon />}
    >
      {translate('crm.meetings.recordOutcome')}
    </Button>
  );
}

/** The figures a 访企拓岗 visit brought back, on a visit made only. */
function VisitFigures() {
  const meeting = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (meeting?.kind !== VISIT_KIND) return null;
  const figures = ['positionsOffered', 'internsWanted', 'graduatesWanted'] as const;
  return (
    <Section title="crm.meetings.visitBrought">
      <Stack direction="row" spacing={3} sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }} data-testid="visit-figures">
        {figures.map((field) => (
          <Box key={field}>
            <Typography variant="caption" color="text.secondary">
              {translate(`resources.meetings.fields.${field}`)}
            </Typography>
            <Typography variant="h6">{meeting[field] ?? translate('crm.meetings.noneRecorded')}</Typography>
          </Box>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.meetings.fields.majorIds')}
      </Typography>
      <People source="majorIds" reference="majors" empty="crm.meetings.noneRecorded" />
    </Section>
  );
}

function MeetingHeader() {
  const meeting = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!meeting) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h5">{meeting.title}</Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
        <TimeField source="startsAt" />
        {meeting.location && <Typography variant="body2">· {meeting.location}</Typography>}
        <Chip
          size="small"
          variant="outlined"
          label={translate('crm.meetings.academicYearChip', { year: meeting.academicYear })}
        />
      </Stack>
      {meeting.topics.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
          {meeting.topics.map((topic) => (
            <Chip key={topic} size="small" color="primary" variant="outlined" label={topic} sx={WRAPPING_CHIP} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

export function MeetingShow() {
  const translate = useTranslate();
  return (
    <ShowBase>
      <Box sx={{ pt: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        <Title title="crm.meetings.meeting" />
        <TopToolbar>
          <NewsDraftButton />
          <EditButton />
        </TopToolbar>
        <MeetingHeader />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }} sx={{ minWidth: 0 }}>
            <VisitFigures />
            <Section title="crm.meetings.minutes">
              <MarkdownField source="minutes" />
            </Section>
            <Section title="crm.meetings.followUpTasks">
              <QuickTask />
              <Related
                reference="tasks"
                target="meetingId"
                sort={{ field: 'dueDate', order: 'ASC' }}
                empty="crm.meetings.noFollowUpYet"
              >
                <DataTable.Col source="title" />
                <DataTable.Col source="assigneeId" label="crm.meetings.who">
                  <ReferenceField source="assigneeId" reference="staff" link={false} />
                </DataTable.Col>
                <DataTable.Col source="dueDate" label="crm.meetings.due" field={DayField} />
                <DataTable.Col source="doneAt" label="crm.meetings.done">
                  <DoneOrMarkDone />
                </DataTable.Col>
              </Related>
            </Section>
            <Section title="crm.meetings.outcomes" action={<AddOutcomeButton />}>
              <Related
                reference="outcomes"
                target="meetingId"
                sort={{ field: 'updatedAt', order: 'DESC' }}
                empty="crm.meetings.noOutcomeRecordedFromThis"
              >
                <DataTable.Col source="title" />
                <DataTable.Col source="stage">
                  <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
                </DataTable.Col>
                <DataTable.Col source="enterpriseId" label="crm.meetings.partner">
                  <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
                </DataTable.Col>
              </Related>
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }} sx={{ minWidth: 0 }}>
            <GuestsPanel />
            <Section title="crm.meetings.schoolSide">
              <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
                <Typography variant="body2">{translate('crm.meetings.chairLabel')}</Typography>
                <ReferenceField source="chairId" reference="staff" emptyText="crm.meetings.notRecorded" />
              </Stack>
              <People source="staffIds" reference="staff" empty="crm.meetings.noStaffRecorded" />
            </Section>
            <Section title="crm.meetings.guests" action={<SignInSheetButton />}>
              <People source="contactIds" reference="contacts" empty="crm.meetings.noContactsRecorded" />
            </Section>
            <Section title="crm.meetings.organisationsPresent">
              <People source="chamberIds" reference="chambers" empty="crm.meetings.noChamber" />
              <Box sx={{ mt: 1 }} />
              <People source="enterpriseIds" reference="enterprises" empty="crm.meetings.noEnterprise" />
            </Section>
            <AttachmentsPanel resource="meetings" card />
            <Section title="crm.meetings.history">
              <Timeline resource="meetings" />
            </Section>
          </Grid>
        </Grid>
      </Box>
    </ShowBase>
  );
}
