import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, Typography } from '@mui/material';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/**
 * The page of an address that leads nowhere. react-admin's own shows the application title as its
 * catalogue key and adds a full stop after the message (so "。." in Chinese); this one translates both.
 */
export function NotFound() {
  const translate = useTranslate();
  const navigate = useNavigate();
  useAuthenticated();
  return (
    <Box sx={{ textAlign: 'center', mt: 6 }}>
      <Title title={translate('crm.notFound.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('crm.notFound.title')}
      </Typography>
      <Typography color="text.secondary">{translate('crm.notFound.text')}</Typography>
      <Button variant="contained" startIcon={<HistoryIcon />} onClick={() => navigate(-1)} sx={{ mt: 3 }}>
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
}
