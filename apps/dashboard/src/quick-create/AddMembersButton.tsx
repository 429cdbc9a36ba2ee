import GroupAddIcon from '@mui/icons-material/GroupAdd';
import {
  Autocomplete,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import type { Chamber, Enterprise } from '@crm/domain';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';

/**
 * Names in a pasted list: one a line, or separated by Chinese commas, 、 or semicolons as office lists
 * are (not by the ASCII comma, which English company names carry: "Jianglang Technology Co., Ltd.").
 */
export function pastedNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n，、;；]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Adds several enterprises to the chamber shown at once: picked from a search, or a pasted list of
 * names matched to enterprises (by name or alias); memberships that exist already are left alone.
 */
export function AddMembersButton() {
  const chamber = useRecordContext<Chamber>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Enterprise[]>([]);
  const [pasted, setPasted] = useState('');
  const [saving, setSaving] = useState(false);
  const { data: options = [] } = useGetList<Enterprise>(
    'enterprises',
    {
      filter: search ? { q: search } : {},
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: open },
  );
  const { canAccess } = useCanAccess({ action: 'create', resource: 'memberships' });
  if (!chamber || !canAccess) return null;

  const matchPasted = async () => {
    const found: Enterprise[] = [];
    const missing: string[] = [];
    for (const name of pastedNames(pasted)) {
      const { data } = await dataProvider.getList<Enterprise>('enterprises', {
        filter: { q: name },
        pagination: { page: 1, perPage: 5 },
        sort: { field: 'name', order: 'ASC' },
      });
      const exact =
        data.find((enterprise) => enterprise.name === name || enterprise.aliases.includes(name)) ??
        (data.length === 1 ? data[0] : undefined);
      if (exact) found.push(exact);
      else missing.push(name);
    }
    setChosen((current) => [
      ...new Map([...current, ...found].map((enterprise) => [enterprise.id, enterprise])).values(),
    ]);
    setPasted(missing.join('\n'));
    if (missing.length) notify('crm.lessTyping.unmatched', { type: 'warning', messageArgs: { count: missing.length } });
  };

  const save = async () => {
    setSaving(true);
    try {
      const { data: existing } = await dataProvider.getList('memberships', {
        filter: { chamberId: chamber.id, enterpriseId: chosen.map((enterprise) => enterprise.id) },
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'id', order: 'ASC' },
      });
      const already = new Set(existing.map((membership) => membership.enterpriseId as number));
      const added = chosen.filter((enterprise) => !already.has(enterprise.id));
      for (const enterprise of added)
        await dataProvider.create('memberships', { data: { chamberId: chamber.id, enterpriseId: enterprise.id } });
      notify('crm.lessTyping.membersAdded', { type: 'success', messageArgs: { count: added.length } });
      setOpen(false);
      setChosen([]);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button startIcon={<GroupAddIcon />} onClick={() => setOpen(true)} data-testid="add-members">
        {translate('crm.lessTyping.addMembers')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('crm.lessTyping.addMembersTo', { name: chamber.name })}</DialogTitle>
        <DialogContent>
          <Autocomplete
            multiple
            // several members are chosen in a row: the list stays open, and is open as the dialog opens
            disableCloseOnSelect
            openOnFocus
            options={options}
            value={chosen}
            filterOptions={(list) => list}
            getOptionLabel={(enterprise) => enterprise.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_, value) => setChosen(value)}
            onInputChange={(_, value) => setSearch(value)}
            renderValue={(value, getItemProps) =>
              value.map((enterprise, index) => (
                <Chip {...getItemProps({ index })} key={enterprise.id} label={enterprise.name} size="small" />
              ))
            }
            renderInput={(params) => (
              <TextField {...params} label={translate('crm.lessTyping.enterprises')} autoFocus sx={{ mt: 1 }} />
            )}
          />
          <DialogContentText sx={{ mt: 2 }}>{translate('crm.lessTyping.pasteHelp')}</DialogContentText>
          <TextField
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            multiline
            minRows={3}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'paste-names' } }}
          />
          <Button onClick={matchPasted} disabled={!pasted.trim()} sx={{ mt: 1 }}>
            {translate('crm.lessTyping.match')}
          </Button>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!chosen.length || saving} onClick={save} data-testid="add-members-save">
            {translate('crm.lessTyping.addCount', { count: chosen.length })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
