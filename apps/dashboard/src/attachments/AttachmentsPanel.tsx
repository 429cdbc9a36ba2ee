import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  Link as MuiLink,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChangeEvent, useRef, useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AttachableResource, Attachment } from '@crm/domain';
import { API_URL, createHttpClient, currentLocaleHeader } from './http';
import { useFormat } from '../i18n';

const http = createHttpClient();
const MAX_BYTES = 25 * 1024 * 1024;

/** Signed agreements, photos and sign-in sheets of the record shown (a meeting, an outcome or an enterprise). */
export function AttachmentsPanel({ resource, card = false }: { resource: AttachableResource; card?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const key = ['attachments', resource, record?.id];
  const { canAccess: mayAttach } = useCanAccess({ action: 'attach', resource, record, enabled: !!record });
  const { canAccess: mayRemove } = useCanAccess({ action: 'delete', resource: 'attachments' });
  const { data: files } = useQuery({
    queryKey: key,
    enabled: !!record,
    queryFn: async () =>
      (
        await http(
          `${API_URL}/attachments?filter=${encodeURIComponent(JSON.stringify({ resource, recordId: record!.id }))}&range=[0,199]`,
        )
      ).json as Attachment[],
  });
  if (!record) return null;
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    setUploading(true);
    try {
      for (const file of chosen) {
        if (file.size > MAX_BYTES) {
          notify('crm.attachments.tooLarge', { type: 'error', messageArgs: { name: file.name } });
          continue;
        }
        const form = new FormData();
        form.set('resource', resource);
        form.set('recordId', String(record.id));
        form.set('file', file);
        const response = await fetch(`${API_URL}/attachments`, {
          method: 'POST',
          body: form,
          credentials: 'include',
          headers: currentLocaleHeader(),
        });
        if (!response.ok)
          notify(
            ((await response.json().catch(() => ({}))) as { message?: string }).message ?? 'crm.attachments.failed',
            { type: 'error' },
          );
      }
    } finally {
      setUploading(false);
      await queryClient.invalidateQueries({ queryKey: key });
    }
  };
  const remove = async (file: Attachment) => {
    await http(`${API_URL}/attachments/${file.id}`, { method: 'DELETE' });
    await queryClient.invalidateQueries({ queryKey: key });
  };
  const panel = (
    <Box data-testid="attachments">
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="subtitle1">{translate('crm.attachments.title')}</Typography>
        {mayAttach && (
          <Button
            startIcon={<AttachFileIcon />}
            disabled={uploading}
            onClick={() => input.current?.click()}
            size="small"
          >
            {translate('crm.attachments.add')}
          </Button>
        )}
        <input ref={input} type="file" multiple hidden onChange={upload} data-testid="attachment-input" />
      </Box>
      {files && files.length === 0 && (
        <Typography color="text.secondary">{translate('crm.attachments.none')}</Typography>
      )}
      <List dense>
        {files?.map((file) => (
          <ListItem
            key={file.id}
            disablePadding
            secondaryAction={
              mayRemove && (
                <IconButton edge="end" aria-label={translate('ra.action.delete')} onClick={() => remove(file)}>
                  <DeleteIcon />
                </IconButton>
              )
            }
          >
            <ListItemText
              primary={
                <MuiLink href={`${API_URL}/attachments/${file.id}/content`} download={file.name}>
                  {file.name}
                </MuiLink>
              }
              secondary={`${format.number(Math.max(1, Math.round(file.size / 1024)))} KB · ${format.dateTime(file.createdAt)}`}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
  return card ? (
    <Card sx={{ mb: 2 }}>
      <CardContent>{panel}</CardContent>
    </Card>
  ) : (
    panel
  );
}
