import type { Outcome, OutcomeStage } from '@crm/domain';
import { buildBoard, moveCard, withSaved } from './board';

let nextId = 1;
function card(stage: OutcomeStage, position: number, kind: Outcome['kind'] = 'joint_lab'): Outcome {
  return { id: nextId++, stage, position, kind, title: `card ${nextId}`, version: 1 } as Outcome;
}

const ids = (outcomes: Outcome[]) => outcomes.map((outcome) => outcome.id);

describe('the kanban move', () => {
  beforeEach(() => {
    nextId = 1;
  });

  it('builds columns in the API order: position, then id', () => {
    const [a, b, c] = [card('idea', 2048), card('idea', 1024), card('signed', 0)];
    const board = buildBoard([a, b, c]);
    expect(ids(board.idea)).toEqual([b.id, a.id]);
    expect(ids(board.signed)).toEqual([c.id]);
    expect(board.active).toEqual([]);
  });

  it('moves a card to another column at the index dropped on, and sends that index', () => {
    const [a, b, c, d] = [card('idea', 0), card('idea', 1), card('signed', 0), card('signed', 1)];
    const move = moveCard(buildBoard([a, b, c, d]), a.id, 'signed', 1)!;
    expect(move).toMatchObject({ stage: 'signed', position: 1 });
    expect(ids(move.board.signed)).toEqual([c.id, a.id, d.id]);
    expect(move.board.signed[1].stage).toBe('signed');
    expect(ids(move.board.idea)).toEqual([b.id]);
  });

  it('reorders within a column, counting the index without the moved card as the API does', () => {
    const [a, b, c] = [card('idea', 0), card('idea', 1), card('idea', 2)];
    const move = moveCard(buildBoard([a, b, c]), a.id, 'idea', 2)!;
    expect(move.position).toBe(2);
    expect(ids(move.board.idea)).toEqual([b.id, c.id, a.id]);
  });

  it('does nothing when a card is dropped where it was', () => {
    const [a, b] = [card('idea', 0), card('idea', 1)];
    expect(moveCard(buildBoard([a, b]), b.id, 'idea', 1)).toBeNull();
  });

  it('translates a drop on a filtered board to the place in the whole column', () => {
    // the user sees only internship bases: x and y; the hidden lab h sits between them
    const x = card('active', 0, 'internship_base');
    const h = card('active', 1, 'joint_lab');
    const y = card('active', 2, 'internship_base');
    const moving = card('idea', 0, 'internship_base');
    const onlyBases = (outcome: Outcome) => outcome.kind === 'internship_base';
    const board = buildBoard([x, h, y, moving]);

    const beforeY = moveCard(board, moving.id, 'active', 1, onlyBases)!;
    expect(beforeY.position).toBe(2);
    expect(ids(beforeY.board.active)).toEqual([x.id, h.id, moving.id, y.id]);

    const atEnd = moveCard(board, moving.id, 'active', 2, onlyBases)!;
    expect(atEnd.position).toBe(3);
    expect(ids(atEnd.board.active)).toEqual([x.id, h.id, y.id, moving.id]);
  });

  it('takes the saved card from the API answer without moving it again', () => {
    const [a, b] = [card('idea', 0), card('idea', 1)];
    const move = moveCard(buildBoard([a, b]), a.id, 'signed', 0)!;
    const saved = withSaved(move.board, { ...a, stage: 'signed', position: 4096, version: 2 });
    expect(saved.signed[0]).toMatchObject({ id: a.id, version: 2, position: 4096 });
  });
});
