import { Harness, startHarness } from '../api/harness';
import { SCALE } from './scale';

jest.setTimeout(60_000);

/**
 * Optimistic locking under real concurrency: clients that read the same version and save at
 * once. Exactly one save wins; every other one gets 409 with the current record, and nothing
 * of theirs is written.
 */
describe('lost updates', () => {
  let h: Harness;
  let enterpriseId: number;
  beforeAll(async () => {
    h = await startHarness();
    enterpriseId = (await h.api('post', '/api/enterprises').send({ name: 'Shanghai Precision Tools' }).expect(201)).body
      .id;
  });
  afterAll(() => h.close());

  async function race(
    url: string,
    version: number,
    bodies: object[],
  ): Promise<{ winners: number[]; losers: { status: number; body: any }[] }> {
    const answers = await Promise.all(bodies.map((body) => h.api('put', url).send({ ...body, version })));
    const winners = answers.flatMap((answer, index) => (answer.status === 200 ? [index] : []));
    return { winners, losers: answers.filter((answer) => answer.status !== 200) };
  }

  async function updatesOf(resource: string, id: number): Promise<number> {
    const events = await h
      .api('get', '/api/audit-events')
      .query({ filter: JSON.stringify({ resource, recordId: id, action: 'update' }) })
      .expect(200);
    return Number(events.headers['x-total-count']);
  }

  it('two clients edit one enterprise: one wins, the other gets 409 and the current record', async () => {
    const read = (await h.api('get', `/api/enterprises/${enterpriseId}`).expect(200)).body;
    const { winners, losers } = await race(`/api/enterprises/${enterpriseId}`, read.version, [
      { city: 'Shanghai' },
      { city: 'Hangzhou' },
    ]);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].status).toBe(409);
    expect(losers[0].body.current.version).toBe(read.version + 1);
    const stored = (await h.api('get', `/api/enterprises/${enterpriseId}`).expect(200)).body;
    expect(stored.city).toBe(winners[0] === 0 ? 'Shanghai' : 'Hangzhou');
    expect(stored.version).toBe(read.version + 1);
  });

  it('many clients at once, round after round: exactly one save per version', async () => {
    const clients = 8;
    const rounds = 5 * SCALE;
    const before = await updatesOf('enterprises', enterpriseId);
    for (let round = 0; round < rounds; round++) {
      const read = (await h.api('get', `/api/enterprises/${enterpriseId}`).expect(200)).body;
      const bodies = Array.from({ length: clients }, (_, client) => ({ notes: `round ${round} client ${client}` }));
      const { winners, losers } = await race(`/api/enterprises/${enterpriseId}`, read.version, bodies);
      expect(winners).toHaveLength(1);
      expect(losers.map((loser) => loser.status)).toEqual(Array(clients - 1).fill(409));
      const stored = (await h.api('get', `/api/enterprises/${enterpriseId}`).expect(200)).body;
      expect(stored.notes).toBe(`round ${round} client ${winners[0]}`);
    }
    // one audit event per winning save, none for the refused ones
    expect((await updatesOf('enterprises', enterpriseId)) - before).toBe(rounds);
  });

  it('a meeting with its attendee lists: the loser leaves no links behind', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await h
            .api('post', '/api/enterprises')
            .send({ name: `Member ${i}` })
            .expect(201)
        ).body.id,
      );
    const meeting = (
      await h
        .api('post', '/api/meetings')
        .send({
          title: 'Chamber symposium',
          kind: 'symposium',
          startsAt: '2024-03-21T06:00:00Z',
          enterpriseIds: [ids[0]],
        })
        .expect(201)
    ).body;
    const { winners, losers } = await race(`/api/meetings/${meeting.id}`, meeting.version, [
      { enterpriseIds: [ids[1], ids[2]] },
      { enterpriseIds: [ids[3]] },
    ]);
    expect(winners).toHaveLength(1);
    expect(losers[0].status).toBe(409);
    const stored = (await h.api('get', `/api/meetings/${meeting.id}`).expect(200)).body;
    expect(stored.enterpriseIds).toEqual(winners[0] === 0 ? [ids[1], ids[2]] : [ids[3]]);
  });

  it('a kanban move and an edit of the same card: one wins', async () => {
    const outcome = (
      await h.api('post', '/api/outcomes').send({ title: 'Joint lab', kind: 'joint_lab', enterpriseId }).expect(201)
    ).body;
    const [move, edit] = await Promise.all([
      h
        .api('post', `/api/outcomes/${outcome.id}/move`)
        .send({ stage: 'negotiating', position: 0, version: outcome.version }),
      h.api('put', `/api/outcomes/${outcome.id}`).send({ title: 'Joint lab (renamed)', version: outcome.version }),
    ]);
    expect([move.status, edit.status].sort()).toEqual([200, 409]);
    const stored = (await h.api('get', `/api/outcomes/${outcome.id}`).expect(200)).body;
    expect(stored.version).toBe(outcome.version + 1);
    if (move.status === 200) expect(stored).toMatchObject({ stage: 'negotiating', title: 'Joint lab' });
    else expect(stored).toMatchObject({ stage: outcome.stage, title: 'Joint lab (renamed)' });
  });
});
