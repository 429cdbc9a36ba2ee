import BlockIcon from '@mui/icons-material/Block';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { useVocabularyLabel } from '../i18n';

/**
 * What a page the role may not use shows instead of its form: a direct address of another
 * college's outcome edit, or of a create page the role has no right to (react-admin's
 * access-denied route). It says why, in the reader's language, and leads back home.
 */
export function Refusal({ titled = true }: { titled?: boolean }) {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const { permissions: role } = usePermissions<string>();
  return (
    <Card sx={{ mt: 2 }} role="alert" data-testid="refusal">
      {/* inside a record's page, the page's own title stays */}
      {titled && <Title title="crm.refusal.title" />}
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <BlockIcon color="error" />
          <Typography variant="h6">{translate('crm.refusal.title')}</Typography>
        </Box>
        <Typography sx={{ mb: 2 }}>{translate('crm.refusal.text', { role: label('roles', role) })}</Typography>
        <Button component={Link} to="/" variant="outlined">
          {translate('crm.refusal.home')}
        </Button>
      </CardContent>
    </Card>
  );
}
