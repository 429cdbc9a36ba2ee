import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Chamber, Enterprise } from '@crm/domain';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
  useCanAccess,
  useDataProvider,
  useGetMany,
  useNotify,
  useTranslate,
} from 'react-admin';
import { MomentInput } from '../common/DateInputs';
import { notBefore, } from '../common/validation';
import { vocabularyChoices } from '../i18n';
import { ContactOrganisations } from '../lesstyping/ContactOrganisations';
import { NewAttendeeDialog } from '../lesstyping/NewAttendeeDialog';

const Markdown = lazy(() => import('../common/Markdown'));

/** Adds every member enterprise of the given chambers to `enterpriseIds`, keeping those already there. */
export function mergeIds(current: number[] | undefined, added: number[]): number[] {
  return [...new Set([...(current ?? []), ...added])];
}

/**
 * The fast path for a symposium: once a chamber is among the organisations present, one click puts
 * all of its member enterprises on the meeting.
 */
function ChamberMembersButtons() {
  const chamberIds: number[] = useWatch({ name: 'chamberIds' }) ?? [];
  const { data: chambers } = useGetMany<Chamber>('chambers', { ids: chamberIds }, { enabled: chamberIds.length > 0 });
  const { getValues, setValue } = useFormContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState<number | null>(null);
  if (!chambers?.length) return null;

  const addMembers = async (chamber: Chamber) => {
    setBusy(chamber.id);
    try {
      const { data } = await dataProvider.getList<Enterprise>('enterprises', {
        filter: { chamberId: chamber.id },
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'name', order: 'ASC' },
      });
      const before: number[] = getValues('enterpriseIds') ?? [];
      const merged = mergeIds(before, data.map((enterprise) => enterprise.id));
      setValue('enterpriseIds', merged, { shouldDirty: true });
      notify('crm.meetings.membersAdded', { type: 'info', messageArgs: { count: merged.length - before.length, chamber: chamber.name } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
      {chambers.map((chamber) => (
        <Button
          key={chamber.id}
          variant="outlined"
          size="small"
          startIcon={<GroupAddIcon />}
          disabled={busy !== null || chamber.memberCount === 0}
          onClick={() => addMembers(chamber)}
        >
          {translate('crm.meetings.addAllMembers', { count: chamber.memberCount, chamber: chamber.name })}
        </Button>
      ))}
    </Stack>
  );
}

function MinutesInput() {
  const translate = useTranslate();
  const [preview, setPreview] = useState(false);
  const minutes: string | null = useWatch({ name: 'minutes' });
  return (
    <Box sx={{ width: '100%' }}>
      <Tabs value={preview ? 1 : 0} onChange={(_, tab) => setPreview(tab === 1)} sx={{ minHeight: 36 }}>
        <Tab label={translate('crm.meetings.writeMinutes')} sx={{ minHeight: 36 }} />
        <Tab label={translate('crm.meetings.preview')} sx={{ minHeight: 36 }} />
      </Tabs>
      <Box sx={{ display: preview ? 'none' : 'block' }}>
        <TextInput source="minutes" label="crm.meetings.minutesMarkdown" multiline minRows={6} fullWidth helperText="crm.meetings.boldListsHeadings" />
      </Box>
      {preview && (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mb: 2, minHeight: 120 }}>
          <Suspense fallback={null}>{minutes ? <Markdown text={minutes} /> : <Typography color="text.secondary">{translate('crm.meetings.nothingWritten')}</Typography>}</Suspense>
        </Box>
      )}
    </Box>
  );
}

/** What a visit made to an enterprise (访企拓岗) brought back; the fields belong to that kind only. */
export const VISIT_KIND = 'visit_made';

/**
 * The positions, interns and graduates a 访企拓岗 visit brought back and the majors it was about,
 * shown only for that kind (the home figure "访企拓岗所获岗位" adds them up). Another kind has none:
 * the API refuses them there, so a kind changed away from a visit empties them.
 */
function VisitInputs() {
  const kind = useWatch({ name: 'kind' });
  const { getValues, setValue } = useFormContext();
  const translate = useTranslate();
  const isVisit = kind === VISIT_KIND;
  useEffect(() => {
    if (isVisit) return;
    for (const field of ['positionsOffered', 'internsWanted', 'graduatesWanted']) if (getValues(field) != null) setValue(field, null, { shouldDirty: true });
    if ((getValues('majorIds') ?? []).length) setValue('majorIds', [], { shouldDirty: true });
  }, [isVisit, getValues, setValue]);
  if (!isVisit) return null;
  return (
    <Box data-testid="visit-inputs">
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('crm.meetings.visitBrought')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <NumberInput source="positionsOffered" min={0} step={1} />
        <NumberInput source="internsWanted" min={0} step={1} />
        <NumberInput source="graduatesWanted" min={0} step={1} />
      </Stack>
      <ReferenceArrayInput source="majorIds" reference="majors" perPage={200}>
        <AutocompleteArrayInput fullWidth />
      </ReferenceArrayInput>
    </Box>
  );
}

export function MeetingInputs() {
  const translate = useTranslate();
  // a college dean edits the meetings it attended, but adds no contacts
  const { canAccess: mayCreateContact } = useCanAccess({ action: 'create', resource: 'contacts' });
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <SelectInput source="kind" choices={vocabularyChoices('meetingKinds')} validate={required()} defaultValue="symposium" />
        <MomentInput source="startsAt" label="crm.meetings.starts" validate={required()} />
        <MomentInput source="endsAt" label="crm.meetings.ends" validate={notBefore('startsAt', 'crm.validation.endsBeforeStart')} />
      </Stack>
      <TextInput source="location" fullWidth />
      <ReferenceInput source="chairId" reference="staff">
        <AutocompleteInput label="crm.meetings.chairedBy" />
      </ReferenceInput>
      <TextArrayInput source="topics" helperText="crm.meetings.pressEnterAfterEachTopic" fullWidth />
      <VisitInputs />

      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('crm.meetings.organisationsPresent')}
      </Typography>
      <ReferenceArrayInput source="chamberIds" reference="chambers">
        <AutocompleteArrayInput label="crm.meetings.chambers" fullWidth />
      </ReferenceArrayInput>
      <ChamberMembersButtons />
      <ReferenceArrayInput source="enterpriseIds" reference="enterprises" perPage={50}>
        <AutocompleteArrayInput label="crm.meetings.enterprises" fullWidth />
      </ReferenceArrayInput>

      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('crm.meetings.attendees')}
      </Typography>
      <ReferenceArrayInput source="staffIds" reference="staff">
        <AutocompleteArrayInput label="crm.meetings.schoolSideStaff" fullWidth />
      </ReferenceArrayInput>
      <ContactOrganisations />
      <ReferenceArrayInput source="contactIds" reference="contacts">
        <AutocompleteArrayInput label="crm.meetings.enterpriseAndChamberSideContacts" helperText={mayCreateContact ? 'crm.meetings.newContactHelp' : undefined} create={mayCreateContact ? <NewAttendeeDialog /> : undefined} fullWidth />
      </ReferenceArrayInput>

      <MinutesInput />
    </>
  );
}
