import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { OUTCOME_KIND_LABELS, type MeetingGuests } from '@crm/domain';
import { API_URL, createHttpClient } from '../attachments/http';
import { useFormat } from '../i18n';

const http = createHttpClient();

/** What the enterprise answered in the surveys after meetings: satisfaction and what it wants. */
export function EnterpriseSurveyAnswers() {
  const enterprise = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const { data: answers } = useQuery({
    queryKey: ['enterprise-survey-answers', enterprise?.id],
    enabled: !!enterprise,
    queryFn: async () =>
      (await http(`${API_URL}/enterprises/${enterprise!.id}/survey-answers`)).json as MeetingGuests['answers'],
  });
  if (!answers) return null;
  if (!answers.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('crm.registrations.panel.noAnswers')}
      </Typography>
    );
  return (
    <List dense disablePadding data-testid="enterprise-survey-answers">
      {answers.map((answer) => (
        <ListItem key={answer.id} disableGutters>
          <ListItemText
            primary={`${'★'.repeat(answer.satisfaction)} ${answer.wants.map((want) => `${OUTCOME_KIND_LABELS[want.kind][format.locale]}${want.count ? ` ${want.count}` : ''}`).join('、')}`}
            secondary={[format.date(answer.answeredAt), answer.note].filter(Boolean).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
