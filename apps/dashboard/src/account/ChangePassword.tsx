import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { passwordProblem } from '@crm/domain';
import { FormEvent, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { API_URL } from '../dataProvider';
import { readSession, saveSession } from '../session';

/**
 * The user's own password: the current one, and a new one the password policy accepts. At first
 * login with a password someone else chose (`forced`), nothing else is shown until it is changed.
 */
export function ChangePassword({ forced = false, onChanged }: { forced?: boolean; onChanged?: () => void }) {
  const notify = useNotify();
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
    if (!currentPassword) found.currentPassword = 'Must not be empty';
    if (problem) found.newPassword = `Must ${problem.replace(/^must /, '').replace(/^is /, 'not be ')}`;
    else if (repeated !== newPassword) found.repeated = 'Must be the same as the new password';
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
        setMessage(body.message ?? 'The password could not be changed.');
        return;
      }
      if (session) saveSession({ user: { ...session.user, mustChangePassword: false } });
      notify('Your password has been changed. Other sessions of your account have ended.', { type: 'success' });
      onChanged?.();
      if (!forced) navigate('/');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 4 }}>
      <Title title="Change password" />
      <Card sx={{ maxWidth: 460, width: '100%' }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {forced ? 'Choose your own password' : 'Change password'}
          </Typography>
          {forced && <Alert severity="info" sx={{ mb: 2 }}>Your password was given to you by someone else. Choose your own before you go on.</Alert>}
          {message && <Alert severity="error" sx={{ mb: 2 }}>{message}</Alert>}
          <Stack component="form" spacing={2} onSubmit={submit} aria-label="Change password" noValidate>
            <TextField label="Current password" type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrent(e.target.value)} error={!!errors.currentPassword} helperText={errors.currentPassword} />
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.target.value)}
              error={!!errors.newPassword}
              helperText={errors.newPassword ?? 'At least 10 characters, not your username, not a common password'}
            />
            <TextField label="New password again" type="password" autoComplete="new-password" value={repeated} onChange={(e) => setRepeated(e.target.value)} error={!!errors.repeated} helperText={errors.repeated} />
            <Button type="submit" variant="contained" disabled={saving}>
              Change password
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
