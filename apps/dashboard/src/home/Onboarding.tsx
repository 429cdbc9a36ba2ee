import { Box, Button, Card, CardContent, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title } from 'react-admin';

const STEPS = [
  { label: 'Add the school side', text: 'Your offices and secondary colleges, their majors, and the staff who meet partners.', to: '/units/create', action: 'Add a unit' },
  { label: 'Add a chamber of commerce', text: 'Chambers and associations bring their member enterprises to campus.', to: '/chambers/create', action: 'Add a chamber' },
  { label: 'Add enterprises', text: 'With the unified social credit code when you know it, so duplicates are caught.', to: '/enterprises/create', action: 'Add an enterprise' },
  { label: 'Log a meeting', text: 'Pick the chamber and add all its members at once; write minutes and follow-ups.', to: '/meetings/create', action: 'Log a meeting' },
];

/** An empty CRM shows where to begin instead of a page of zeros. */
export function Onboarding() {
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="Welcome" />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          Welcome to the partnership CRM
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Nothing is recorded yet. Four steps give you a working pipeline; the figures for leadership appear here as soon as there is data.
        </Typography>
        <Stepper orientation="vertical" nonLinear activeStep={-1}>
          {STEPS.map((step) => (
            <Step key={step.label} expanded>
              <StepLabel>{step.label}</StepLabel>
              <StepContent>
                <Typography variant="body2">{step.text}</Typography>
                <Box sx={{ mt: 1 }}>
                  <Button component={Link} to={step.to} variant="outlined" size="small">
                    {step.action}
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
