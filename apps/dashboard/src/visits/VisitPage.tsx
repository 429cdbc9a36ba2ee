import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { SearchResult } from '@crm/domain';
import { useEffect, useState, type ChangeEvent } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { API_URL } from '../dataProvider';
import { currentLocale } from '../i18n';
import { readSession } from '../session';
import { keepVisit, sendWaiting, sendWhenOnline, type Photo } from './outbox';
import { KeptVisits } from './KeptVisits';

interface Choice {
  id: number;
  name: string;
}
interface EnterpriseChoice {
  id?: number;
  name: string;
  uscc?: string | null;
}

/** Thumb-sized targets: at least 48 px high, as Material's touch guidance asks. */
const BIG = { minHeight: 56, fontSize: '1.05rem' };
const LOOKUPS = 'crm.visit.lookups';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API_URL}/${path}`, {
    credentials: 'include',
    headers: { Accept: 'application/json', 'Accept-Language': currentLocale() },
  });
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as T;
}
const query = (filter: object, range: [number, number], sort: [string, string]) =>
  `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}&sort=${encodeURIComponent(JSON.stringify(sort))}`;

/** Staff and majors to choose from, read when there is a network and kept for when there is none. */
function useLookups(): { staff: Choice[]; majors: Choice[] } {
  const [lookups, setLookups] = useState<{ staff: Choice[]; majors: Choice[] }>(() => {
    try {
      return JSON.parse(localStorage.getItem(LOOKUPS) ?? '') as { staff: Choice[]; majors: Choice[] };
    } catch {
      return { staff: [], majors: [] };
    }
  });
  useEffect(() => {
    Promise.all([
      getJson<Choice[]>(`staff?${query({ active: true }, [0, 999], ['name', 'ASC'])}`),
      getJson<Choice[]>(`majors?${query({}, [0, 999], ['code', 'ASC'])}`),
    ])
      .then(([staff, majors]) => {
        const fresh = {
          staff: staff.map(({ id, name }) => ({ id, name })),
          majors: majors.map(({ id, name }) => ({ id, name })),
        };
        localStorage.setItem(LOOKUPS, JSON.stringify(fresh));
        setLookups(fresh);
      })
      .catch(() => undefined);
  }, []);
  return lookups;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** The enterprise: found by name, pinyin or USCC while there is a network, else typed and added as new. */
function EnterpriseField({
  value,
  onChange,
  online,
}: {
  value: EnterpriseChoice | null;
  onChange: (value: EnterpriseChoice | null) => void;
  online: boolean;
}) {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [found, setFound] = useState<EnterpriseChoice[]>([]);
  useEffect(() => {
    const text = input.trim();
    if (!text || !online) return setFound([]);
    const timer = setTimeout(() => {
      // the search box's API finds a name by its text, pinyin or initials; a whole USCC is looked up as it is
      const byUscc = /^[0-9A-Z]{18}$/i.test(text)
        ? getJson<EnterpriseChoice[]>(`enterprises?${query({ uscc: text.toUpperCase() }, [0, 0], ['name', 'ASC'])}`)
        : Promise.resolve([]);
      const byName = getJson<SearchResult[]>(`search?q=${encodeURIComponent(text)}&limit=8`).then((results) =>
        results
          .filter((result) => result.resource === 'enterprises')
          .map((result) => ({ id: result.id, name: result.title, uscc: result.snippet })),
      );
      Promise.all([byUscc, byName])
        .then(([exact, named]) =>
          setFound([...exact, ...named.filter((enterprise) => !exact.some((other) => other.id === enterprise.id))]),
        )
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [input, online]);
  const typed = input.trim();
  const options: EnterpriseChoice[] = [
    ...found,
    ...(typed && !found.some((enterprise) => enterprise.name === typed) ? [{ name: typed }] : []),
  ];
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_event, chosen) => onChange(chosen)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id && option.name === chosen.name}
      getOptionKey={(option) => option.id ?? `new:${option.name}`}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props} style={{ minHeight: 56 }}>
          {option.id ? (
            <Box>
              <Typography>{option.name}</Typography>
              {option.uscc && (
                <Typography variant="caption" color="text.secondary">
                  {option.uscc}
                </Typography>
              )}
            </Box>
          ) : (
            <Typography color="primary">{translate('crm.visits.addNew', { name: option.name })}</Typography>
          )}
        </li>
      )}
      noOptionsText={online ? '—' : translate('crm.visits.searchOffline')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('crm.visits.enterprise')}
          helperText={!online ? translate('crm.visits.searchOffline') : undefined}
        />
      )}
    />
  );
}

const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const count = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.floor(Number(text))) || 0);

function readPhoto(file: File): Promise<Photo & { preview: string }> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    // a data: URL, which the content security policy allows for images (blob: it does not)
    reader.onload = () =>
      done({
        name: file.name || 'photo.jpg',
        type: file.type || 'image/jpeg',
        blob: file,
        preview: String(reader.result),
      });
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * A visit to an enterprise (访企拓岗) logged in the enterprise, on a phone, with one thumb: what the
 * screen collects is kept in IndexedDB first and sent from there (outbox.ts), so a weak signal or
 * none loses nothing.
 */
export default function VisitPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const online = useOnline();
  const { staff, majors } = useLookups();
  const me = readSession()?.user;
  const [enterprise, setEnterprise] = useState<EnterpriseChoice | null>(null);
  const [uscc, setUscc] = useState('');
  const [who, setWho] = useState<Choice[]>(me ? [{ id: me.id, name: me.name }] : []);
  const [when, setWhen] = useState(localNow);
  const [photos, setPhotos] = useState<(Photo & { preview: string })[]>([]);
  const [figures, setFigures] = useState({ positionsOffered: '', internsWanted: '', graduatesWanted: '' });
  const [wanted, setWanted] = useState<Choice[]>([]);
  const [minutes, setMinutes] = useState('');
  const [tasks, setTasks] = useState<{ title: string; dueDate: string | null }[]>([]);
  const [task, setTask] = useState({ title: '', dueDate: '' });

  useEffect(() => sendWhenOnline(), []);

  const addPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const read = await Promise.all(files.map(readPhoto));
    setPhotos((kept) => [...kept, ...read]);
  };
  const addTask = () => {
    if (!task.title.trim()) return;
    setTasks((kept) => [...kept, { title: task.title.trim(), dueDate: task.dueDate || null }]);
    setTask({ title: '', dueDate: '' });
  };

  const save = async () => {
    if (!enterprise) return notify('crm.visits.needEnterprise', { type: 'warning' });
    if (!who.length) return notify('crm.visits.needWho', { type: 'warning' });
    const pendingTask = task.title.trim() ? [{ title: task.title.trim(), dueDate: task.dueDate || null }] : [];
    await keepVisit(
      {
        enterprise: enterprise.id
          ? { id: enterprise.id, name: enterprise.name }
          : { name: enterprise.name, ...(uscc.trim() ? { uscc: uscc.trim() } : {}) },
        staffIds: who.map((person) => person.id),
        startsAt: new Date(when).toISOString(),
        positionsOffered: count(figures.positionsOffered),
        internsWanted: count(figures.internsWanted),
        graduatesWanted: count(figures.graduatesWanted),
        majorIds: wanted.map((major) => major.id),
        minutes,
        title: translate('crm.visits.titleOf', { name: enterprise.name }),
        tasks: [...tasks, ...pendingTask],
        assigneeId: me?.id ?? who[0].id,
      },
      photos.map(({ name, type, blob }) => ({ name, type, blob })),
    );
    notify('crm.visits.saved', { type: 'info' });
    setEnterprise(null);
    setUscc('');
    setWhen(localNow());
    setPhotos([]);
    setFigures({ positionsOffered: '', internsWanted: '', graduatesWanted: '' });
    setWanted([]);
    setMinutes('');
    setTasks([]);
    setTask({ title: '', dueDate: '' });
    void sendWaiting();
  };

  const number = (field: keyof typeof figures) => (
    <TextField
      label={translate(`crm.visits.${field}`)}
      value={figures[field]}
      onChange={(event) => setFigures((kept) => ({ ...kept, [field]: event.target.value.replace(/\D/g, '') }))}
      slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]*' } }}
      fullWidth
    />
  );

  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', px: 1, pb: 4, overflowX: 'hidden' }}>
      <Title title="crm.visits.title" />
      <Stack spacing={2} sx={{ mt: 1 }}>
        {!online && <Alert severity="warning">{translate('crm.visits.offline')}</Alert>}
        <EnterpriseField value={enterprise} onChange={setEnterprise} online={online} />
        {enterprise && !enterprise.id && (
          <TextField
            label={translate('crm.visits.uscc')}
            value={uscc}
            onChange={(event) => setUscc(event.target.value.toUpperCase())}
            slotProps={{ htmlInput: { maxLength: 18, autoCapitalize: 'characters' } }}
            fullWidth
          />
        )}
        <Autocomplete
          multiple
          options={staff}
          value={who}
          onChange={(_event, chosen) => setWho(chosen)}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
          renderInput={(params) => <TextField {...params} label={translate('crm.visits.who')} />}
        />
        <TextField
          label={translate('crm.visits.when')}
          type="datetime-local"
          value={when}
          onChange={(event) => setWhen(event.target.value)}
          fullWidth
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button component="label" variant="outlined" startIcon={<PhotoCameraIcon />} sx={BIG} fullWidth>
          {translate('crm.visits.photos')}
          <input
            hidden
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            onChange={addPhotos}
            data-testid="visit-photos"
          />
        </Button>
        {photos.length ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1 }}>
            {photos.map((photo, index) => (
              <Box key={index} sx={{ position: 'relative' }}>
                <img
                  src={photo.preview}
                  alt={translate('crm.visits.photo', { n: index + 1 })}
                  style={{ width: '100%', aspectRatio: '1', objectFit: 'cover', borderRadius: 8 }}
                />
                <IconButton
                  aria-label={translate('crm.visits.removePhoto', { n: index + 1 })}
                  onClick={() => setPhotos((kept) => kept.filter((_, other) => other !== index))}
                  sx={{ position: 'absolute', top: 0, right: 0, bgcolor: 'rgba(255,255,255,.8)' }}
                >
                  <CloseIcon />
                </IconButton>
              </Box>
            ))}
          </Box>
        ) : null}
        {number('positionsOffered')}
        <Stack direction="row" spacing={1}>
          {number('internsWanted')}
          {number('graduatesWanted')}
        </Stack>
        <Autocomplete
          multiple
          options={majors}
          value={wanted}
          onChange={(_event, chosen) => setWanted(chosen)}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
          renderInput={(params) => <TextField {...params} label={translate('crm.visits.majors')} />}
        />
        <TextField
          label={translate('crm.visits.minutes')}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          multiline
          minRows={3}
          fullWidth
        />
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>
              {translate('crm.visits.tasks')}
            </Typography>
            <Stack spacing={1}>
              {tasks.map((kept, index) => (
                <Chip
                  key={index}
                  label={kept.dueDate ? `${kept.title} · ${kept.dueDate}` : kept.title}
                  onDelete={() => setTasks((all) => all.filter((_, other) => other !== index))}
                  sx={{ justifyContent: 'space-between', height: 44 }}
                />
              ))}
              <TextField
                label={translate('crm.visits.taskTitle')}
                value={task.title}
                onChange={(event) => setTask((kept) => ({ ...kept, title: event.target.value }))}
                fullWidth
              />
              <Stack direction="row" spacing={1}>
                <TextField
                  label={translate('crm.visits.taskDue')}
                  type="date"
                  value={task.dueDate}
                  onChange={(event) => setTask((kept) => ({ ...kept, dueDate: event.target.value }))}
                  slotProps={{ inputLabel: { shrink: true } }}
                  fullWidth
                />
                <Button
                  variant="outlined"
                  onClick={addTask}
                  startIcon={<AddIcon />}
                  sx={{ ...BIG, flexShrink: 0 }}
                  aria-label={translate('crm.visits.addTask')}
                >
                  {translate('crm.visits.addTask')}
                </Button>
              </Stack>
            </Stack>
          </CardContent>
        </Card>
        <Button variant="contained" size="large" onClick={save} sx={{ ...BIG, minHeight: 64 }} fullWidth>
          {translate('crm.visits.save')}
        </Button>
        <KeptVisits />
      </Stack>
    </Box>
  );
}
