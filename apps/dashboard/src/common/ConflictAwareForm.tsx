import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { ReactNode, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { SimpleForm, SimpleFormProps, useEditContext, useNotify, useSaveContext } from 'react-admin';
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
      <DialogTitle id="conflict-title">Someone else changed this record</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {conflict.message}
        </Alert>
        {theirs.length > 0 && (
          <List dense aria-label="Their changes">
            {theirs.map((field) => (
              <ListItem key={field} disableGutters>
                <ListItemText
                  primary={humanise(field)}
                  secondary={`now: ${display(conflict.current[field])}${mine.has(field) ? ' — you changed it too; your value is kept' : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
        Reload their version to keep editing: what you typed stays in the form, and you can save again.
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Not now</Button>
        <Button onClick={reload} variant="contained" disabled={reloading}>
          Reload, keep my edits
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** "lastContactDate" → "Last contact date", as react-admin labels a field without a translation. */
function humanise(field: string): string {
  const words = field.replace(/Id$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
