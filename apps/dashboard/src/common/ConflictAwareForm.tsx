import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import { ReactNode, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  SimpleForm,
  SimpleFormProps,
  useEditContext,
  useNotify,
  useResourceContext,
  useSaveContext,
  useTranslate,
} from 'react-admin';
import type { ApiError } from '@crm/domain';
import { changedFields, VersionConflict, versionConflictOf } from './conflict';

/** A stable object: react-admin resets the form whenever this prop changes identity. */
const KEEP_WHAT_WAS_TYPED = { keepDirtyValues: true };

/**
 * SimpleForm for an Edit that survives a lost race: when the API answers 409 because someone else
 * saved first, it says so, shows what they changed, and reloads the record; react-admin then resets
 * the form to it keeping the fields the user changed (keepDirtyValues), so nothing typed is lost and
 * the next save carries the new version.
 */
export function ConflictAwareForm({ children, ...props }: SimpleFormProps & { children: ReactNode }) {
  const { save } = useSaveContext();
  const notify = useNotify();
  const [conflict, setConflict] = useState<VersionConflict | null>(null);

  const submit = async (values: Record<string, unknown>) => {
    let found: VersionConflict | null = null;
    const errors = await save!(values, {
      onError: (error: unknown) => {
        found = versionConflictOf(error);
        const { body, message } = (error ?? {}) as { body?: ApiError; message?: string };
        // field errors are shown on the fields; anything else needs a word
        if (!found && !body?.errors) notify(message || 'ra.notification.http_error', { type: 'error' });
      },
    });
    if (found) {
      setConflict(found);
      return undefined;
    }
    return errors;
  };

  return (
    <SimpleForm onSubmit={submit} resetOptions={KEEP_WHAT_WAS_TYPED} {...props}>
      {children}
      <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />
    </SimpleForm>
  );
}

export function ConflictDialog({ conflict, onClose }: { conflict: VersionConflict | null; onClose: () => void }) {
  const { formState, control } = useFormContext();
  const { refetch } = useEditContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const [reloading, setReloading] = useState(false);
  if (!conflict) return null;
  const loaded = formState.defaultValues ?? {};
  // only what the form edits: derived fields (stage, health) also move, but the user cannot act on them
  const mounted = (control as unknown as { _names?: { mount?: Set<string> } })._names?.mount;
  const theirs = changedFields(loaded, conflict.current).filter((field) => !mounted || mounted.has(field));
  const mine = new Set(Object.keys(formState.dirtyFields));
  const reload = async () => {
    setReloading(true);
    await refetch();
    setReloading(false);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate('crm.conflict.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(conflict.message, { _: conflict.message })}
        </Alert>
        {theirs.length > 0 && (
          <List dense aria-label={translate('crm.conflict.theirChanges')}>
            {theirs.map((field) => (
              <ListItem key={field} disableGutters>
                <ListItemText
                  primary={translate(`resources.${resource}.fields.${field}`, { _: humanise(field) })}
                  secondary={`${translate('crm.conflict.now', { value: display(conflict.current[field]) || translate('crm.conflict.empty') })}${mine.has(field) ? translate('crm.conflict.keptYours') : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
        {translate('crm.conflict.explain')}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('crm.conflict.notNow')}</Button>
        <Button onClick={reload} variant="contained" disabled={reloading}>
          {translate('crm.conflict.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** "lastContactDate" → "Last contact date", as react-admin labels a field the catalogue does not name. */
function humanise(field: string): string {
  const words = field
    .replace(/Id$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
