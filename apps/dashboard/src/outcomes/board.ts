import { OUTCOME_STAGES, Outcome, OutcomeStage } from '@crm/domain';

/** The kanban: every live outcome, in its stage's column, in the order the API keeps (position, then id). */
export type Board = Record<OutcomeStage, Outcome[]>;

export function buildBoard(outcomes: Outcome[]): Board {
  const board = Object.fromEntries(OUTCOME_STAGES.map((stage) => [stage, [] as Outcome[]])) as Board;
  for (const outcome of outcomes) board[outcome.stage]?.push(outcome);
  for (const stage of OUTCOME_STAGES) board[stage].sort((a, b) => a.position - b.position || a.id - b.id);
  return board;
}

export interface Move {
  board: Board;
  /** What the API's move endpoint takes: the stage and the index in the whole column. */
  stage: OutcomeStage;
  position: number;
}

/**
 * Moves a card to `visibleIndex` among the cards the user sees in `toStage`. The board may be
 * filtered (by kind or unit) while the API orders whole columns, so the drop point is translated
 * to an index in the whole column: just before the visible card it was dropped on, or just after
 * the last visible card. Returns null when nothing changes.
 */
export function moveCard(
  board: Board,
  cardId: number,
  toStage: OutcomeStage,
  visibleIndex: number,
  isVisible: (outcome: Outcome) => boolean = () => true,
): Move | null {
  const fromStage = OUTCOME_STAGES.find((stage) => board[stage].some((outcome) => outcome.id === cardId));
  if (!fromStage) return null;
  const card = board[fromStage].find((outcome) => outcome.id === cardId)!;
  const source = board[fromStage].filter((outcome) => outcome.id !== cardId);
  const target = fromStage === toStage ? source : [...board[toStage]];
  const visible = target.filter(isVisible);
  let position: number;
  if (visibleIndex < visible.length) position = target.indexOf(visible[visibleIndex]);
  else position = visible.length ? target.indexOf(visible[visible.length - 1]) + 1 : target.length;

  const before = board[fromStage].indexOf(card);
  if (fromStage === toStage && before === position) return null;

  // The order of the arrays is the board; stored positions are the API's (gapped) and come back with its answer.
  target.splice(position, 0, { ...card, stage: toStage });
  const next = { ...board, [toStage]: target };
  if (fromStage !== toStage) next[fromStage] = source;
  return { board: next, stage: toStage, position };
}

/** Puts the API's answer (new version, stage, position) for one card into the board. */
export function withSaved(board: Board, saved: Outcome): Board {
  const column = board[saved.stage].map((outcome) => (outcome.id === saved.id ? { ...outcome, ...saved } : outcome));
  return { ...board, [saved.stage]: column };
}
