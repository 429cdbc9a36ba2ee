import { q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** What the office does with the API: log a symposium, follow it up, move projects on the board. */
describe('workflows', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  const enterprisesById = async (ids: number[]) =>
    (await h.api('get', `/api/enterprises?filter=${q({ id: ids })}`).expect(200)).body as ApiRecord[];

  describe('a symposium with 28 enterprises', () => {
    let enterpriseIds: number[];
    let meeting: ApiRecord;

    beforeAll(async () => {
      enterpriseIds = [];
      for (let i = 0; i < 28; i++) enterpriseIds.push((await seed.enterprise()).id);
    });

    it('is recorded in ONE POST with its chamber, people and 28 enterprises, and reads back', async () => {
      const chamber = await seed.chamber({ name: 'Zhejiang Chamber of Commerce, Shanghai' });
      const chair = await seed.staff();
      const contacts = [await seed.contact(enterpriseIds[0]), await seed.contact(enterpriseIds[1])];
      const before = (await enterprisesById(enterpriseIds)).map((e) => [e.relationshipStage, e.lastContactDate]);
      expect(new Set(before.map(String))).toEqual(new Set(['prospect,']));

      const response = await h.api('post', '/api/meetings').send({
        title: 'School–enterprise symposium',
        kind: 'symposium',
        // 14:00 on 21 March in Beijing
        startsAt: '2024-03-21T14:00:00+08:00',
        chairId: chair.id,
        staffIds: [chair.id],
        contactIds: contacts.map((c) => c.id),
        chamberIds: [chamber.id],
        enterpriseIds: [...enterpriseIds].reverse(),
      });
      expect(response.status).toBe(201);
      meeting = response.body;
      expect(meeting.enterpriseIds).toEqual(enterpriseIds);
      expect(meeting).toMatchObject({
        startsAt: '2024-03-21T06:00:00.000Z',
        academicYear: '2023-2024',
        chamberIds: [chamber.id],
        staffIds: [chair.id],
      });

      const read = (await h.api('get', `/api/meetings/${meeting.id}`).expect(200)).body;
      expect(read).toEqual(meeting);
      const listed = (
        await h.api('get', `/api/meetings?filter=${q({ enterpriseIds: [enterpriseIds[27]] })}`).expect(200)
      ).body;
      expect(listed.map((m: ApiRecord) => m.id)).toEqual([meeting.id]);
      const present = (await h.api('get', `/api/enterprises?filter=${q({ meetingId: meeting.id })}`).expect(200)).body;
      expect(present).toHaveLength(28);
    });

    it('makes every enterprise present engaged, with the meeting day (China time) as last contact', async () => {
      for (const enterprise of await enterprisesById(enterpriseIds)) {
        expect(enterprise).toMatchObject({ relationshipStage: 'engaged', lastContactDate: '2024-03-21', version: 1 });
      }
      const engaged = await h
        .api(
          'get',
          `/api/enterprises?filter=${q({ relationshipStage: 'engaged', lastContactDate_gte: '2024-03-21' })}&range=[0,0]`,
        )
        .expect(200);
      expect(engaged.headers['x-total-count']).toBe('28');
    });

    it('keeps derived values out of a client’s hands: a PUT of relationshipStage is ignored', async () => {
      const [enterprise] = await enterprisesById([enterpriseIds[5]]);
      const response = await h
        .api('put', `/api/enterprises/${enterprise.id}`)
        .send({ ...enterprise, relationshipStage: 'partner', lastContactDate: '2030-01-01' })
        .expect(200);
      expect(response.body).toMatchObject({ relationshipStage: 'engaged', lastContactDate: '2024-03-21' });
    });

    it('moves the last contact when the meeting date changes, and drops enterprises taken off it', async () => {
      const response = await h
        .api('put', `/api/meetings/${meeting.id}`)
        .send({ version: meeting.version, startsAt: '2024-03-22T01:00:00Z', enterpriseIds: enterpriseIds.slice(1) })
        .expect(200);
      meeting = response.body;
      expect(meeting.enterpriseIds).toEqual(enterpriseIds.slice(1));
      const [dropped, kept] = await enterprisesById([enterpriseIds[0], enterpriseIds[1]]);
      expect(dropped).toMatchObject({ relationshipStage: 'prospect', lastContactDate: null });
      expect(kept).toMatchObject({ relationshipStage: 'engaged', lastContactDate: '2024-03-22' });
    });

    it('a signed outcome makes the enterprise a partner; ending it makes it lapsed; deleting it undoes that', async () => {
      const enterpriseId = enterpriseIds[2];
      const outcome = (
        await h
          .api('post', '/api/outcomes')
          .send({
            title: 'Internship base',
            kind: 'internship_base',
            stage: 'signed',
            enterpriseId,
            meetingId: meeting.id,
          })
          .expect(201)
      ).body;
      expect((await enterprisesById([enterpriseId]))[0].relationshipStage).toBe('partner');
      const ended = (
        await h
          .api('put', `/api/outcomes/${outcome.id}`)
          .send({ version: outcome.version, stage: 'completed' })
          .expect(200)
      ).body;
      expect((await enterprisesById([enterpriseId]))[0].relationshipStage).toBe('lapsed');
      await h.api('delete', `/api/outcomes/${ended.id}`).expect(200);
      expect((await enterprisesById([enterpriseId]))[0].relationshipStage).toBe('engaged');
      await h.api('post', `/api/outcomes/${ended.id}/restore`).expect(201);
      expect((await enterprisesById([enterpriseId]))[0].relationshipStage).toBe('lapsed');
    });

    it('an idea makes a prospect negotiating', async () => {
      const enterprise = await seed.enterprise();
      await h
        .api('post', '/api/outcomes')
        .send({ title: 'Joint lab?', kind: 'joint_lab', enterpriseId: enterprise.id })
        .expect(201);
      expect((await enterprisesById([enterprise.id]))[0]).toMatchObject({
        relationshipStage: 'negotiating',
        lastContactDate: null,
      });
    });

    it('deleting the meeting takes its contact away again; restoring brings it back', async () => {
      const other = await seed.meeting({ enterpriseIds: [enterpriseIds[3]], startsAt: '2023-10-01T02:00:00Z' });
      const outcomes = (await h.api('get', `/api/outcomes?filter=${q({ meetingId: meeting.id })}`).expect(200))
        .body as ApiRecord[];
      for (const outcome of outcomes)
        await h
          .api('put', `/api/outcomes/${outcome.id}`)
          .send({ version: outcome.version, meetingId: null })
          .expect(200);
      await h.api('delete', `/api/meetings/${meeting.id}`).expect(200);
      const [withOther, alone] = await enterprisesById([enterpriseIds[3], enterpriseIds[4]]);
      expect(withOther).toMatchObject({ relationshipStage: 'engaged', lastContactDate: '2023-10-01' });
      expect(alone).toMatchObject({ relationshipStage: 'prospect', lastContactDate: null });
      await h.api('post', `/api/meetings/${meeting.id}/restore`).expect(201);
      expect((await enterprisesById([enterpriseIds[4]]))[0]).toMatchObject({
        relationshipStage: 'engaged',
        lastContactDate: '2024-03-22',
      });
      expect(other.id).toBeGreaterThan(meeting.id);
    });

    it('a meeting in the bin no longer stops what was at it from being deleted', async () => {
      const enterprise = await seed.enterprise();
      const visit = await seed.meeting({ enterpriseIds: [enterprise.id] });
      const blocked = await h.api('delete', `/api/enterprises/${enterprise.id}`);
      expect(blocked.status).toBe(409);
      expect(blocked.body.message).toMatch(/1 meetings/);
      await h.api('delete', `/api/meetings/${visit.id}`).expect(200);
      await h.api('delete', `/api/enterprises/${enterprise.id}`).expect(200);
    });

    it('tasks follow the meeting up and are found by it', async () => {
      const assignee = await seed.staff();
      const task = (
        await h
          .api('post', '/api/tasks')
          .send({
            title: 'Send the base agreement',
            meetingId: meeting.id,
            assigneeId: assignee.id,
            dueDate: '2024-09-01',
          })
          .expect(201)
      ).body;
      expect(task.academicYear).toBe('2024-2025');
      const open = (await h.api('get', `/api/tasks?filter=${q({ meetingId: meeting.id, doneAt: null })}`).expect(200))
        .body;
      expect(open.map((t: ApiRecord) => t.id)).toEqual([task.id]);
      const blocked = await h.api('delete', `/api/meetings/${meeting.id}`);
      expect(blocked.status).toBe(409);
      expect(blocked.body.message).toMatch(/follow-up tasks/);
    });
  });

  describe('the kanban', () => {
    /**
     * Titles of a column, top to bottom. Stored positions are an order key (with gaps, so that a
     * move writes only the moved card), so the board's order is what is compared.
     */
    const column = async (stage: string) => {
      const cards = (
        await h.api('get', `/api/outcomes?filter=${q({ stage })}&sort=${q(['position', 'ASC'])}`).expect(200)
      ).body as ApiRecord[];
      expect(new Set(cards.map((card) => card.position)).size).toBe(cards.length);
      return cards.map((card) => card.title);
    };
    const card = async (title: string) =>
      (await h.api('get', `/api/outcomes?filter=${q({ title })}`).expect(200)).body[0] as ApiRecord;
    const move = (id: number, body: object) => h.api('post', `/api/outcomes/${id}/move`).send(body);

    it('puts new cards at the bottom of their column', async () => {
      const enterprise = await seed.enterprise();
      for (const title of ['A', 'B', 'C'])
        await h
          .api('post', '/api/outcomes')
          .send({ title, kind: 'course', stage: 'negotiating', enterpriseId: enterprise.id })
          .expect(201);
      for (const title of ['X', 'Y'])
        await h
          .api('post', '/api/outcomes')
          .send({ title, kind: 'course', stage: 'active', enterpriseId: enterprise.id })
          .expect(201);
      expect(await column('negotiating')).toEqual(['A', 'B', 'C']);
      expect(await column('active')).toEqual(['X', 'Y']);
    });

    it('moves a card across columns in one request: out of one, into the other at the index asked', async () => {
      const b = await card('B');
      const moved = await move(b.id, { stage: 'active', position: 1, version: b.version });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ id: b.id, stage: 'active', version: b.version + 1 });
      expect(await column('negotiating')).toEqual(['A', 'C']);
      expect(await column('active')).toEqual(['X', 'B', 'Y']);
      const [event] = (
        await h
          .api(
            'get',
            `/api/audit-events?filter=${q({ resource: 'outcomes', recordId: b.id })}&sort=${q(['id', 'DESC'])}&range=[0,0]`,
          )
          .expect(200)
      ).body;
      expect(event).toMatchObject({
        action: 'move',
        before: { stage: 'negotiating', version: b.version },
        after: { stage: 'active', version: b.version + 1 },
      });
    });

    it('moves within a column to the top, past the end (to the bottom), and refuses a stale version', async () => {
      await move((await card('Y')).id, { stage: 'active', position: 0 }).expect(200);
      expect(await column('active')).toEqual(['Y', 'X', 'B']);
      const x = await card('X');
      await move(x.id, { stage: 'active', position: 99 }).expect(200);
      expect(await column('active')).toEqual(['Y', 'B', 'X']);
      const stale = await move(x.id, { stage: 'idea', position: 0, version: x.version });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: x.id, version: x.version + 1 });
      expect(await column('active')).toEqual(['Y', 'B', 'X']);
      const bad = await move(x.id, { stage: 'done', position: -1 });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['position', 'stage']);
      expect((await move(424242, { stage: 'idea', position: 0 })).status).toBe(404);
    });

    it('keeps every card in the order asked through many moves into the same gap', async () => {
      const enterprise = await seed.enterprise();
      const board: string[] = [];
      for (let i = 0; i < 6; i++) {
        const title = `K${i}`;
        await h
          .api('post', '/api/outcomes')
          .send({ title, kind: 'rd_project', stage: 'signed', enterpriseId: enterprise.id })
          .expect(201);
        board.push(title);
      }
      // the bottom card goes to index 1 again and again: the gap above halves each time until the column must be spread
      for (let round = 0; round < 14; round++) {
        const title = board.pop()!;
        board.splice(1, 0, title);
        await move((await card(title)).id, { stage: 'signed', position: 1 }).expect(200);
        expect(await column('signed')).toEqual(board);
      }
    });

    it('leaves the other cards’ versions alone (a move is not an edit of them)', async () => {
      expect((await card('A')).version).toBe(1);
      expect((await card('K0')).version).toBe(1);
    });
  });

  describe('a meeting added to enterprises met before', () => {
    it('moves the last contact only later, and leaves a partner a partner', async () => {
      const partner = await seed.enterprise();
      const other = await seed.enterprise();
      await h
        .api('post', '/api/outcomes')
        .send({ title: 'Joint lab', kind: 'joint_lab', stage: 'active', enterpriseId: partner.id })
        .expect(201);
      await seed.meeting({ enterpriseIds: [partner.id, other.id], startsAt: '2024-05-01T02:00:00Z' });
      await seed.meeting({ enterpriseIds: [partner.id, other.id], startsAt: '2022-01-01T02:00:00Z' });
      const [withPartner, engaged] = await enterprisesById([partner.id, other.id]);
      expect(withPartner).toMatchObject({ relationshipStage: 'partner', lastContactDate: '2024-05-01' });
      expect(engaged).toMatchObject({ relationshipStage: 'engaged', lastContactDate: '2024-05-01' });
    });
  });
});
