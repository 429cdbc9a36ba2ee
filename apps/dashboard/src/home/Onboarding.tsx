import { Box, Button, Card, CardContent, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';

/** Each step's texts are crm.onboarding.<step>Label, …Text and …Action. */
const STEPS = ['units', 'chambers', 'enterprises', 'meetings'];

/** An empty CRM shows where to begin instead of a page of zeros. */
export function Onboarding() {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="crm.onboarding.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('crm.onboarding.heading')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('crm.onboarding.intro')}
        </Typography>
        <Stepper orientation="vertical" nonLinear activeStep={-1}>
          {STEPS.map((step) => (
            <Step key={step} expanded>
              <StepLabel>{translate(`crm.onboarding.${step}Label`)}</StepLabel>
              <StepContent>
                <Typography variant="body2">{translate(`crm.onboarding.${step}Text`)}</Typography>
                <Box sx={{ mt: 1 }}>
                  <Button component={Link} to={`/${step}/create`} variant="outlined" size="small">
                    {translate(`crm.onboarding.${step}Action`)}
                  </Button>
                </Box>
              </StepContent>
            </Step>
          ))}
        </Stepper>
      </CardContent>
    </Card>
  );
}
