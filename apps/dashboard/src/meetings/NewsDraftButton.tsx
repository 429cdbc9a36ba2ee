import ArticleIcon from '@mui/icons-material/Article';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import type { Locale, Meeting } from '@crm/domain';
import { useEffect, useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { LOCALE_NAMES } from '../i18n';
import { getReport } from '../endpoints';

/**
 * The news item the school publishes after a meeting, drafted by the API from the record; edited
 * here and copied to wherever the news is published. Nothing is stored: the record is the source.
 */
export function NewsDraftButton() {
  const meeting = useRecordContext<Meeting>();
  const translate = useTranslate();
  const notify = useNotify();
  const [interfaceLocale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [locale, setLocale] = useState<Locale>(interfaceLocale as Locale);
  const [draft, setDraft] = useState<{ title: string; body: string } | null>(null);
  useEffect(() => {
    if (!open || !meeting) return;
    setDraft(null);
    getReport<{ title: string; body: string }>(`meetings/${meeting.id}/news`, { locale }).then(
      setDraft,
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  }, [open, locale, meeting, notify]);
  if (!meeting) return null;
  const copy = async () => {
    if (!draft) return;
    await navigator.clipboard.writeText(`${draft.title}\n\n${draft.body}`);
    notify('crm.news.copied', { type: 'success' });
  };
  return (
    <>
      <Button startIcon={<ArticleIcon />} onClick={() => setOpen(true)} data-testid="news-draft">
        {translate('crm.news.draft')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{translate('crm.news.draft')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={locale}
              onChange={(_, value: Locale | null) => value && setLocale(value)}
            >
              {LOCALE_NAMES.map(({ locale: value, name }) => (
                <ToggleButton key={value} value={value}>
                  {name}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <TextField
              label={translate('crm.news.title')}
              value={draft?.title ?? ''}
              onChange={(event) => draft && setDraft({ ...draft, title: event.target.value })}
              disabled={!draft}
              slotProps={{ htmlInput: { 'data-testid': 'news-title' } }}
            />
            <TextField
              label={translate('crm.news.body')}
              value={draft?.body ?? ''}
              onChange={(event) => draft && setDraft({ ...draft, body: event.target.value })}
              disabled={!draft}
              multiline
              minRows={10}
              slotProps={{ htmlInput: { 'data-testid': 'news-body' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={copy} disabled={!draft}>
            {translate('crm.news.copy')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
