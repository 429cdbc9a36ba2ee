import { DragDropContext, Draggable, Droppable, DropResult } from '@hello-pangea/dnd';
import {
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Paper,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { OUTCOME_STAGES, Outcome, OutcomeStage, Unit } from '@crm/domain';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Loading,
  RecordContextProvider,
  ReferenceField,
  TextField,
  Title,
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';
import { Board, buildBoard, moveCard, withSaved } from './board';
import { STAGE_COLORS } from '../common/fields';
import { versionConflictOf } from '../common/conflict';
import { useVocabularyLabel, vocabularyChoices } from '../i18n';

const KIND_COLORS: Record<string, string> = {
  framework_agreement: '#1f4e79',
  internship_base: '#2e7d32',
  joint_lab: '#6a1b9a',
  order_class: '#ef6c00',
  industry_college: '#00838f',
  employment_positions: '#c62828',
};

function OutcomeCard({ outcome, index }: { outcome: Outcome; index: number }) {
  const label = useVocabularyLabel();
  // a card moves only for a role the permission table lets move it (its row rule reads the card)
  const { canAccess: mayMove } = useCanAccess({ action: 'move', resource: 'outcomes', record: outcome });
  return (
    <Draggable draggableId={String(outcome.id)} index={index} isDragDisabled={!mayMove}>
      {(provided, snapshot) => (
        <Card
          ref={provided.innerRef}
          {...provided.draggableProps}
          {...provided.dragHandleProps}
          data-testid={`outcome-card-${outcome.id}`}
          sx={{
            mb: 1,
            borderLeft: 4,
            borderColor: KIND_COLORS[outcome.kind] ?? 'grey.500',
            opacity: snapshot.isDragging ? 0.9 : 1,
          }}
          elevation={snapshot.isDragging ? 6 : 1}
        >
          <CardContent sx={{ p: 1.25, '&:last-child': { pb: 1.25 } }}>
            <Typography variant="caption" color="text.secondary">
              {label('outcomeKinds', outcome.kind)}
            </Typography>
            <Typography
              variant="body2"
              component={Link}
              to={`/outcomes/${outcome.id}/show`}
              sx={{ display: 'block', fontWeight: 500, color: 'inherit', textDecoration: 'none' }}
            >
              {outcome.title}
            </Typography>
            <RecordContextProvider value={outcome}>
              <Typography variant="caption" component="div" color="text.secondary">
                <ReferenceField source="enterpriseId" reference="enterprises" link={false}>
                  <TextField source="name" variant="caption" />
                </ReferenceField>
                {outcome.ownerId && (
                  <>
                    {' · '}
                    <ReferenceField source="ownerId" reference="staff" link={false}>
                      <TextField source="name" variant="caption" />
                    </ReferenceField>
                  </>
                )}
              </Typography>
            </RecordContextProvider>
          </CardContent>
        </Card>
      )}
    </Draggable>
  );
}

/** The pipeline of cooperation projects: a column per stage; a drop is saved in one request. */
export default function OutcomeBoard() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const [kind, setKind] = useState('');
  const [unitId, setUnitId] = useState('');
  // the whole board is loaded, filters apply on the page, so a drop maps to a place in the whole column
  const { data, isPending, refetch } = useGetList<Outcome>('outcomes', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'position', order: 'ASC' },
  });
  const { data: units } = useGetList<Unit>('units', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    if (data) setBoard(buildBoard(data));
  }, [data]);

  const isVisible = useMemo(
    () => (outcome: Outcome) => (!kind || outcome.kind === kind) && (!unitId || outcome.unitId === Number(unitId)),
    [kind, unitId],
  );

  if (isPending || !board) return <Loading />;

  const onDragEnd = async (result: DropResult) => {
    if (!result.destination) return;
    const id = Number(result.draggableId);
    const move = moveCard(
      board,
      id,
      result.destination.droppableId as OutcomeStage,
      result.destination.index,
      isVisible,
    );
    if (!move) return;
    const card = OUTCOME_STAGES.flatMap((stage) => board[stage]).find((outcome) => outcome.id === id)!;
    setBoard(move.board);
    try {
      const { data: saved } = await dataProvider.moveOutcome(id, {
        stage: move.stage,
        position: move.position,
        version: card.version,
      });
      setBoard((current) => (current ? withSaved(current, saved) : current));
    } catch (error) {
      const conflict = versionConflictOf(error);
      notify(conflict ? conflict.message : (error as Error).message || 'ra.notification.http_error', { type: 'error' });
      await refetch();
    }
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="crm.outcomes.outcomeBoard" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <MuiTextField
          select
          size="small"
          label={translate('crm.outcomes.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{translate('crm.outcomes.allKinds')}</MenuItem>
          {vocabularyChoices('outcomeKinds').map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </MuiTextField>
        <MuiTextField
          select
          size="small"
          label={translate('crm.outcomes.responsibleUnit')}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{translate('crm.outcomes.allUnits')}</MenuItem>
          {units?.map((unit) => (
            <MenuItem key={unit.id} value={String(unit.id)}>
              {unit.name}
            </MenuItem>
          ))}
        </MuiTextField>
      </Stack>
      <DragDropContext onDragEnd={onDragEnd}>
        <Box
          sx={{
            display: 'flex',
            gap: 1.5,
            overflowX: 'auto',
            pb: 2,
            alignItems: 'flex-start',
            maxWidth: { xs: 'calc(100vw - 16px)', md: 'calc(100vw - 280px)' },
          }}
        >
          {OUTCOME_STAGES.map((stage) => {
            const cards = board[stage].filter(isVisible);
            return (
              <Paper
                key={stage}
                variant="outlined"
                sx={{ flex: '0 0 200px', bgcolor: 'grey.50', p: 1 }}
                data-testid={`column-${stage}`}
              >
                <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
                  <Typography variant="subtitle2">{label('outcomeStages', stage)}</Typography>
                  <Chip size="small" label={cards.length} color={STAGE_COLORS[stage] ?? 'default'} />
                </Stack>
                <Droppable droppableId={stage}>
                  {(provided, snapshot) => (
                    <Box
                      ref={provided.innerRef}
                      {...provided.droppableProps}
                      sx={{
                        minHeight: 80,
                        borderRadius: 1,
                        bgcolor: snapshot.isDraggingOver ? 'action.hover' : undefined,
                      }}
                    >
                      {cards.map((outcome, index) => (
                        <OutcomeCard key={outcome.id} outcome={outcome} index={index} />
                      ))}
                      {provided.placeholder}
                    </Box>
                  )}
                </Droppable>
              </Paper>
            );
          })}
        </Box>
      </DragDropContext>
    </Box>
  );
}
