import GroupAddIcon from '@mui/icons-material/GroupAdd';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { addDays, Chamber, chinaDay, Enterprise } from '@crm/domain';
import { Link } from 'react-router-dom';
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
  useGetList,
  useGetMany,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { MomentInput } from '../common/DateInputs';
import { notBefore } from '../common/validation';
import { vocabularyChoices } from '../i18n';
import { ContactOrganisations } from '../quick-create/ContactOrganisations';
import { NewAttendeeDialog } from '../quick-create/NewAttendeeDialog';

const Markdown = lazy(() => import('../common/Markdown'));

/** Adds every member enterprise of the given chambers to `enterpriseIds`, keeping those already there. */
export function mergeIds(current: number[] | undefined, added: number[]): number[] {
  return [...new Set([...(current ?? []), ...added])];
}

/** Which of the members are ticked: all of them or none at once, or one by one. */
export function toggled(chosen: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * A chamber's members as a checklist: none ticked but those already on the meeting, since a
 * symposium is attended by some of a chamber's members (28 of 82), and ticking who came is shorter
 * than unticking who did not; "select all" is one click when they all came.
 */
function MembersChecklist({
  chamber,
  members,
  onClose,
}: {
  chamber: Chamber;
  members: Enterprise[];
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const { getValues, setValue } = useFormContext();
  const before: number[] = getValues('enterpriseIds') ?? [];
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(members.filter((member) => before.includes(member.id)).map((member) => member.id)),
  );
  const [search, setSearch] = useState('');
  const shown = members.filter((member) => !search.trim() || member.name.includes(search.trim()));
  const confirm = () => {
    const memberIds = new Set(members.map((member) => member.id));
    const merged = mergeIds(
      before.filter((id) => !memberIds.has(id) || chosen.has(id)),
      [...chosen],
    );
    setValue('enterpriseIds', merged, { shouldDirty: true });
    notify('crm.meetings.membersAdded', {
      type: 'info',
      messageArgs: { count: merged.filter((id) => !before.includes(id)).length, chamber: chamber.name },
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('crm.meetings.chooseMembersTitle', { chamber: chamber.name })}</DialogTitle>
      <DialogContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <TextField
            size="small"
            label={translate('crm.meetings.filterMembers')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            sx={{ flexGrow: 1, mt: 1 }}
          />
          <Button size="small" onClick={() => setChosen(new Set(members.map((member) => member.id)))}>
            {translate('crm.meetings.selectAll')}
          </Button>
          <Button size="small" onClick={() => setChosen(new Set())}>
            {translate('crm.meetings.selectNone')}
          </Button>
        </Stack>
        <List
          dense
          sx={{ maxHeight: 360, overflow: 'auto' }}
          aria-label={translate('crm.meetings.chooseMembersTitle', { chamber: chamber.name })}
        >
          {shown.map((member) => (
            <ListItem key={member.id} disablePadding>
              <ListItemButton onClick={() => setChosen(toggled(chosen, member.id))} dense>
                <Checkbox edge="start" checked={chosen.has(member.id)} tabIndex={-1} disableRipple size="small" />
                <ListItemText primary={member.name} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} data-testid="members-confirm">
          {translate('crm.meetings.confirmMembers', { count: chosen.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * The fast path for a symposium: once a chamber is among the organisations present, its member
 * enterprises are a checklist away from the meeting.
 */
function ChamberMembersButtons() {
  const chamberIds: number[] = useWatch({ name: 'chamberIds' }) ?? [];
  const { data: chambers } = useGetMany<Chamber>('chambers', { ids: chamberIds }, { enabled: chamberIds.length > 0 });
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState<number | null>(null);
  const [picking, setPicking] = useState<{ chamber: Chamber; members: Enterprise[] } | null>(null);
  if (!chambers?.length) return null;

  const chooseMembers = async (chamber: Chamber) => {
    setBusy(chamber.id);
    try {
      const { data } = await dataProvider.getList<Enterprise>('enterprises', {
        filter: { chamberId: chamber.id },
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'name', order: 'ASC' },
      });
      setPicking({ chamber, members: data });
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
          onClick={() => chooseMembers(chamber)}
        >
          {translate('crm.meetings.chooseMembers', { count: chamber.memberCount, chamber: chamber.name })}
        </Button>
      ))}
      {picking && (
        <MembersChecklist chamber={picking.chamber} members={picking.members} onClose={() => setPicking(null)} />
      )}
    </Stack>
  );
}

/** The instants a day in China begins and ends (the school's day, whatever the browser's zone). */
export function chinaDayBounds(instant: string): { from: string; below: string } | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return null;
  const day = chinaDay(new Date(time));
  return {
    from: new Date(`${day}T00:00:00+08:00`).toISOString(),
    below: new Date(`${addDays(day, 1)}T00:00:00+08:00`).toISOString(),
  };
}

/**
 * Another meeting of one of these chambers on the same day, said before saving (as the twin
 * warning of an enterprise is): the visit may already be logged by a colleague.
 */
function SameDayWarning() {
  const translate = useTranslate();
  const record = useRecordContext();
  const [chamberIds, startsAt] = useWatch({ name: ['chamberIds', 'startsAt'] }) as [
    number[] | undefined,
    string | undefined,
  ];
  const bounds = startsAt ? chinaDayBounds(startsAt) : null;
  const { data } = useGetList(
    'meetings',
    {
      filter: { chamberIds, startsAt_gte: bounds?.from, startsAt_lt: bounds?.below },
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'startsAt', order: 'ASC' },
    },
    { enabled: !!bounds && !!chamberIds?.length },
  );
  const others = (data ?? []).filter((meeting) => meeting.id !== record?.id);
  if (!bounds || !chamberIds?.length || !others.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} role="status" data-testid="same-day-warning">
      {translate('crm.meetings.sameDay')}
      {others.map((meeting, index) => (
        <span key={meeting.id}>
          {index > 0 && translate('crm.audit.listSeparator')}
          <Link to={`/meetings/${meeting.id}/show`}>{meeting.title}</Link>
        </span>
      ))}
    </Alert>
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
        <TextInput
          source="minutes"
          label="crm.meetings.minutesMarkdown"
          multiline
          minRows={6}
          fullWidth
          helperText="crm.meetings.boldListsHeadings"
        />
      </Box>
      {preview && (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mb: 2, minHeight: 120 }}>
          <Suspense fallback={null}>
            {minutes ? (
              <Markdown text={minutes} />
            ) : (
              <Typography color="text.secondary">{translate('crm.meetings.nothingWritten')}</Typography>
            )}
          </Suspense>
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
    for (const field of ['positionsOffered', 'internsWanted', 'graduatesWanted'])
      if (getValues(field) != null) setValue(field, null, { shouldDirty: true });
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
        <SelectInput
          source="kind"
          choices={vocabularyChoices('meetingKinds')}
          validate={required()}
          defaultValue="symposium"
        />
        <MomentInput source="startsAt" label="crm.meetings.starts" validate={required()} />
        <MomentInput
          source="endsAt"
          label="crm.meetings.ends"
          validate={notBefore('startsAt', 'crm.validation.endsBeforeStart')}
        />
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
      <SameDayWarning />
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
        <AutocompleteArrayInput
          label="crm.meetings.enterpriseAndChamberSideContacts"
          helperText={mayCreateContact ? 'crm.meetings.newContactHelp' : undefined}
          create={mayCreateContact ? <NewAttendeeDialog /> : undefined}
          fullWidth
        />
      </ReferenceArrayInput>

      <MinutesInput />
    </>
  );
}
