import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  Button,
  Dialog,
  DialogContent,
  InputAdornment,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, KeyboardEvent, ReactNode, useEffect, useMemo, useState } from 'react';
import { useDataProvider, useGetResourceLabel, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { SearchResult } from '@crm/domain';
import type { CrmDataProvider } from '../dataProvider';

/** The keys that open the box, as keyboards label them in either language. */
const SHORTCUT = 'Ctrl K';
/** How long typing must pause before the box asks the server. */
const PAUSE_MS = 150;

/** Ctrl-K (⌘K on a Mac) from any page; a browser's own Ctrl-K (its address-bar search) gives way. */
function useShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

/** The text with every occurrence of the search marked (case-insensitive, as the server matched it). */
export function Highlighted({ text, search }: { text: string; search: string }) {
  if (!search) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  const wanted = search.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(<mark key={at}>{text.slice(at, at + wanted.length)}</mark>);
    from = at + wanted.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

/** The search box of the app bar: a button, and Ctrl-K, open it over the page. */
export function SearchBox() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const show = useMemo(() => () => setOpen(true), []);
  useShortcut(show);
  return (
    <>
      <Button
        color="inherit"
        onClick={show}
        startIcon={<SearchIcon />}
        aria-keyshortcuts="Control+K Meta+K"
        sx={{ textTransform: 'none', mx: 1 }}
      >
        {translate('crm.search.open')}
        <Box
          component="kbd"
          sx={{
            ml: 1,
            px: 0.75,
            border: 1,
            borderColor: 'rgba(255,255,255,0.5)',
            borderRadius: 1,
            fontSize: '0.75rem',
            fontFamily: 'inherit',
            display: { xs: 'none', sm: 'inline' },
          }}
        >
          {SHORTCUT}
        </Box>
      </Button>
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function SearchDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [chosen, setChosen] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { data: results = [], error } = useQuery({
    queryKey: ['search', asked],
    queryFn: () => dataProvider.search(asked).then((answer) => answer.data),
    enabled: asked.length > 0,
    placeholderData: keepPreviousData,
  });
  const shown = asked ? results : [];
  useEffect(() => setChosen(0), [results]);

  const openResult = (result: SearchResult) => {
    onClose();
    navigate(`/${result.resource}/${result.id}/show`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length)
        setChosen((index) => (index + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (event.key === 'Enter' && shown[chosen]) {
      event.preventDefault();
      openResult(shown[chosen]);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { sx: { position: 'fixed', top: 48, m: 0 } } }}
      aria-label={translate('crm.search.label')}
    >
      <DialogContent sx={{ p: 0 }}>
        <TextField
          autoFocus
          fullWidth
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={translate('crm.search.placeholder')}
          slotProps={{
            htmlInput: {
              'aria-label': translate('crm.search.label'),
              role: 'combobox',
              'aria-expanded': shown.length > 0,
              'aria-controls': 'search-results',
              maxLength: 100,
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
          sx={{ '& fieldset': { border: 'none' }, borderBottom: 1, borderColor: 'divider' }}
        />
        <List
          id="search-results"
          role="listbox"
          dense
          sx={{
            maxHeight: '60vh',
            overflow: 'auto',
            py: 0,
            '& mark': { backgroundColor: 'warning.light', color: 'inherit', px: 0.25 },
          }}
        >
          {shown.map((result, index) => (
            <Fragment key={`${result.resource}-${result.id}`}>
              {(index === 0 || shown[index - 1].resource !== result.resource) && (
                <ListSubheader sx={{ lineHeight: '32px' }}>{resourceLabel(result.resource, 2)}</ListSubheader>
              )}
              <ListItemButton
                role="option"
                aria-selected={index === chosen}
                selected={index === chosen}
                onClick={() => openResult(result)}
                onMouseMove={() => setChosen(index)}
              >
                <ListItemText
                  primary={<Highlighted text={result.title} search={asked} />}
                  secondary={result.snippet ? <Highlighted text={result.snippet} search={asked} /> : undefined}
                />
              </ListItemButton>
            </Fragment>
          ))}
        </List>
        <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ px: 2, py: 1 }}>
          {error
            ? translate('crm.search.failed', { message: (error as Error).message })
            : asked && results.length === 0 && asked === text.trim()
              ? translate('crm.search.none', { q: asked })
              : translate('crm.search.hint')}
        </Typography>
      </DialogContent>
    </Dialog>
  );
}
