import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { passwordProblem } from '@crm/domain';
import { FormEvent, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { API_URL } from '../dataProvider';
import { readSession, saveSession } from '../session';

/**
 * The user's own password: the current one, and a new one the password policy accepts. At first
 * login with a password someone else chose (`forced`), nothing else is shown until it is changed.
 */
export function ChangePassword({ forced = false, onChanged }: { forced?: boolean; onChanged?: () => void }) {
  const notify = useNotify();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeated, setRepeated] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const session = readSession();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passwordProblem(newPassword, null);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = translate('crm.account.notEmpty');
    if (problem) found.newPassword = translate(`crm.account.passwordProblems.${problem}`);
    else if (repeated !== newPassword) found.repeated = translate('crm.account.notSame');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const response = await fetch(`${API_URL}/auth/password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'include',
        body: JSON.stringify({ currentPassword, newPassword }),
      });
      const body = await response.json();
      if (!response.ok) {
        setErrors(body.errors ?? {});
        setMessage(body.message ?? translate('crm.account.failed'));
        return;
      }
      if (session) saveSession({ user: { ...session.user, mustChangePassword: false } });
      notify('crm.account.changed', { type: 'success' });
      onChanged?.();
      if (!forced) navigate('/');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 4 }}>
      <Title title="crm.account.changePassword" />
      <Card sx={{ maxWidth: 460, width: '100%' }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate(forced ? 'crm.account.chooseOwn' : 'crm.account.changePassword')}
          </Typography>
          {forced && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('crm.account.forcedExplain')}
            </Alert>
          )}
          {message && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {message}
            </Alert>
          )}
          <Stack
            component="form"
            spacing={2}
            onSubmit={submit}
            aria-label={translate('crm.account.changePassword')}
            noValidate
          >
            <TextField
              label={translate('crm.account.current')}
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrent(e.target.value)}
              error={!!errors.currentPassword}
              helperText={errors.currentPassword}
            />
            <TextField
              label={translate('crm.account.new')}
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.target.value)}
              error={!!errors.newPassword}
              helperText={errors.newPassword ?? translate('crm.account.newHelp')}
            />
            <TextField
              label={translate('crm.account.repeat')}
              type="password"
              autoComplete="new-password"
              value={repeated}
              onChange={(e) => setRepeated(e.target.value)}
              error={!!errors.repeated}
              helperText={errors.repeated}
            />
            <Button type="submit" variant="contained" disabled={saving}>
              {translate('crm.account.changePassword')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
