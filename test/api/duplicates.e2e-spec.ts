import { DataSource } from 'typeorm';
import { Enterprise } from '../../apps/api/src/enterprises/enterprise.entity';
import { q } from '../fixtures/assertions';
import { Seed, usccFor } from '../fixtures/resources';
import { choosePassword, Harness, startHarness } from './harness';

describe('duplicates: found at the door, listed, merged', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  it('the form learns of a likely twin before saving: same name in another form, an alias, a code', async () => {
    const stored = await seed.create('enterprises', {
      name: '上海江朗科技有限公司',
      aliases: ['Jianglang Tech'],
      uscc: usccFor(900),
    });
    const similar = async (query: string) => (await h.api('get', `/api/enterprises/similar?${query}`).expect(200)).body;
    expect(await similar(`name=${encodeURIComponent('上海江朗科技股份有限公司')}`)).toEqual([
      expect.objectContaining({ id: stored.id, name: '上海江朗科技有限公司', reason: 'name' }),
    ]);
    expect(await similar(`name=${encodeURIComponent('JIANGLANG TECH CO., LTD.')}`)).toEqual([
      expect.objectContaining({ id: stored.id, reason: 'alias' }),
    ]);
    expect(await similar(`name=x&uscc=${usccFor(900).toLowerCase()}`)).toEqual([
      expect.objectContaining({ id: stored.id, reason: 'uscc' }),
    ]);
    expect(await similar(`name=${encodeURIComponent('上海江朗科技有限公司')}&excludeId=${stored.id}`)).toEqual([]);
    expect(await similar(`name=${encodeURIComponent('雷辉生态')}`)).toEqual([]);
    await h.api('get', '/api/enterprises/similar?excludeId=abc').expect(400);
  });

  it('the 409 on a taken USCC names and links the enterprise that has it', async () => {
    const answer = await h
      .api('post', '/api/enterprises')
      .send({ name: '另一家', uscc: usccFor(900) })
      .expect(409);
    expect(answer.body).toMatchObject({
      errors: { uscc: expect.stringContaining('上海江朗科技有限公司') },
      existing: { resource: 'enterprises', id: expect.any(Number), name: '上海江朗科技有限公司' },
    });
  });

  it('lists likely pairs with the reason, newest first', async () => {
    const older = await seed.create('enterprises', { name: '华东精密机械有限公司' });
    const newer = await seed.create('enterprises', { name: '华东精密机械股份有限公司' });
    const pairs = (await h.api('get', '/api/enterprises/duplicates').expect(200)).body;
    expect(pairs[0]).toMatchObject({ reason: 'name', records: [{ id: newer.id }, { id: older.id }] });
    const contact = await seed.contact(older.id);
    await h
      .api('put', `/api/contacts/${contact.id}`)
      .send({ version: contact.version, phone: '138 0013 8000' })
      .expect(200);
    const twin = await seed.create('contacts', { name: '另一个名字', enterpriseId: newer.id, phone: '+8613800138000' });
    const contactPairs = (await h.api('get', '/api/contacts/duplicates').expect(200)).body;
    expect(contactPairs).toEqual([
      expect.objectContaining({
        reason: 'phone',
        records: [expect.objectContaining({ id: twin.id }), expect.objectContaining({ id: contact.id })],
      }),
    ]);
    expect((await h.api('get', `/api/contacts/similar?phone=13800138000`).expect(200)).body).toHaveLength(2);
  });

  it('a merge moves every reference to the survivor in one transaction and leaves one audit event', async () => {
    const survivor = await seed.create('enterprises', { name: '雷辉生态集团有限公司', aliases: ['雷辉'] });
    const other = await seed.create('enterprises', {
      name: '雷辉生态集团股份有限公司',
      uscc: usccFor(901),
      city: '杭州',
      aliases: ['Leihui Eco'],
    });
    const [both, otherOnly] = [await seed.chamber(), await seed.chamber()];
    await seed.create('memberships', { enterpriseId: survivor.id, chamberId: both.id, role: '会长单位' });
    const doubled = await seed.create('memberships', { enterpriseId: other.id, chamberId: both.id, role: '理事' });
    const moved = await seed.create('memberships', { enterpriseId: other.id, chamberId: otherOnly.id });
    const contact = await seed.contact(other.id);
    const deletedContact = await seed.contact(other.id);
    await h.api('delete', `/api/contacts/${deletedContact.id}`).expect(200);
    const outcome = await seed.outcome({ enterpriseId: other.id, stage: 'active' });
    const intake = await seed.create('intakes', {
      outcomeId: outcome.id,
      academicYear: '2024-2025',
      term: 'autumn',
      majorId: (await seed.major()).id,
      placed: 5,
    });
    const task = await seed.create('tasks', { title: '回访', enterpriseId: other.id });
    const together = await seed.meeting({ enterpriseIds: [survivor.id, other.id], contactIds: [contact.id] });
    const alone = await seed.meeting({ enterpriseIds: [other.id] });

    // only the administrator merges
    await seed.create('staff', { name: '办公室', username: 'office', password: 'a good password', role: 'office' });
    const office = await choosePassword(h.app.getHttpServer(), 'office', 'a good password', 'an own good password');
    await h.http
      .post(`/api/enterprises/${survivor.id}/merge`)
      .set('Authorization', `Bearer ${office}`)
      .send({ otherId: other.id })
      .expect(403);
    await h
      .api('post', `/api/enterprises/${survivor.id}/merge`)
      .send({ otherId: other.id, fields: ['uscc', 'version'] })
      .expect(400);

    const answer = (
      await h
        .api('post', `/api/enterprises/${survivor.id}/merge`)
        .send({ otherId: other.id, fields: ['uscc', 'city'] })
        .expect(201)
    ).body;
    expect(answer.moved).toEqual({ contacts: 2, memberships: 2, outcomes: 1, tasks: 1, meetings: 1 });
    const merged = (await h.api('get', `/api/enterprises/${survivor.id}`).expect(200)).body;
    expect(merged).toMatchObject({
      name: '雷辉生态集团有限公司',
      uscc: usccFor(901),
      city: '杭州',
      relationshipStage: 'partner',
    });
    expect(merged.aliases).toEqual(['雷辉', 'Leihui Eco']); // the other's name is the same name as the survivor's, in another legal form
    expect((await h.api('get', `/api/enterprises/${other.id}`).expect(404)).body.statusCode).toBe(404);
    expect(
      (await h.api('get', `/api/enterprises?filter=${q({ deleted: true, id: other.id })}`).expect(200)).body,
    ).toHaveLength(1);

    expect((await h.api('get', `/api/contacts/${contact.id}`).expect(200)).body).toMatchObject({
      enterpriseId: survivor.id,
      version: contact.version + 1,
    });
    expect(
      (await h.api('get', `/api/contacts?filter=${q({ deleted: true, id: deletedContact.id })}`).expect(200)).body[0]
        .enterpriseId,
    ).toBe(survivor.id);
    const memberships = (await h.api('get', `/api/memberships?filter=${q({ enterpriseId: survivor.id })}`).expect(200))
      .body;
    expect(memberships.map((m: { chamberId: number }) => m.chamberId).sort()).toEqual([both.id, otherOnly.id].sort());
    expect(memberships.find((m: { id: number }) => m.id === moved.id)).toBeDefined();
    expect(
      (await h.api('get', `/api/memberships?filter=${q({ deleted: true, id: doubled.id })}`).expect(200)).body,
    ).toHaveLength(1);
    expect((await h.api('get', `/api/outcomes/${outcome.id}`).expect(200)).body.enterpriseId).toBe(survivor.id);
    expect(
      (await h.api('get', `/api/intakes?filter=${q({ outcomeId: outcome.id })}`).expect(200)).body.map(
        (i: { id: number }) => i.id,
      ),
    ).toEqual([intake.id]);
    expect((await h.api('get', `/api/tasks/${task.id}`).expect(200)).body.enterpriseId).toBe(survivor.id);
    expect((await h.api('get', `/api/meetings/${together.id}`).expect(200)).body.enterpriseIds).toEqual([survivor.id]);
    expect((await h.api('get', `/api/meetings/${alone.id}`).expect(200)).body.enterpriseIds).toEqual([survivor.id]);

    // nothing the entities declare as pointing at an enterprise still names the other, in the trash or not
    for (const metadata of h.app.get(DataSource).entityMetadatas) {
      for (const relation of metadata.relations.filter(
        (candidate) => candidate.inverseEntityMetadata.target === Enterprise && candidate.joinColumns.length === 1,
      )) {
        const column = relation.joinColumns[0].databaseName;
        expect({
          [`${metadata.tableName}.${column}`]: await h.sql(
            `SELECT "${column}" FROM "${metadata.tableName}" WHERE "${column}" = ?`,
            other.id,
          ),
        }).toEqual({ [`${metadata.tableName}.${column}`]: [] });
      }
    }
    const audit = (
      await h.api('get', `/api/audit-events?filter=${q({ resource: 'enterprises', action: 'merge' })}`).expect(200)
    ).body;
    expect(audit).toEqual([
      expect.objectContaining({ recordId: survivor.id, before: expect.objectContaining({ mergedId: other.id }) }),
    ]);
    // the other's name now finds the survivor
    expect(
      (await h.api('get', `/api/enterprises/similar?name=${encodeURIComponent('Leihui Eco Ltd')}`).expect(200)).body,
    ).toEqual([expect.objectContaining({ id: survivor.id })]);
    await h.api('post', `/api/enterprises/${survivor.id}/merge`).send({ otherId: other.id }).expect(400);
  });

  it('merges two contacts: attendance moves, the chosen fields are taken', async () => {
    const enterprise = await seed.enterprise();
    const keep = await seed.create('contacts', { name: '王芳', enterpriseId: enterprise.id, title: '经理' });
    const drop = await seed.create('contacts', { name: '王 芳', enterpriseId: enterprise.id, phone: '13900139000' });
    const meeting = await seed.meeting({ contactIds: [drop.id] });
    const both = await seed.meeting({ contactIds: [keep.id, drop.id] });
    const answer = (
      await h
        .api('post', `/api/contacts/${keep.id}/merge`)
        .send({ otherId: drop.id, fields: ['phone'] })
        .expect(201)
    ).body;
    expect(answer.moved).toEqual({ meetings: 1 });
    expect(answer.survivor).toMatchObject({ name: '王芳', title: '经理', phone: '13900139000' });
    expect((await h.api('get', `/api/meetings/${meeting.id}`).expect(200)).body.contactIds).toEqual([keep.id]);
    expect((await h.api('get', `/api/meetings/${both.id}`).expect(200)).body.contactIds).toEqual([keep.id]);
  });

  it("a merge moving many rows tells the other's owner once, raises every moved row's version, and is one event in the trail", async () => {
    const owner = await seed.create('staff', {
      name: '张老师',
      username: 'zhang',
      password: 'a good password',
      role: 'office',
    });
    const token = await choosePassword(h.app.getHttpServer(), 'zhang', 'a good password', 'an own good password');
    const inbox = async (): Promise<{ kind: string }[]> =>
      (await h.http.get('/api/notifications?range=[0,99]').set('Authorization', `Bearer ${token}`).expect(200)).body;
    const survivor = await seed.create('enterprises', { name: '景行教育科技有限公司' });
    const other = await seed.create('enterprises', { name: '景行教育科技股份有限公司', ownerId: owner.id });
    // the owner's own rows on the other: records whose edit by someone else could tell them
    const rows: Record<string, { id: number; version: number }[]> = {
      contacts: await Promise.all([1, 2, 3, 4, 5].map(() => seed.contact(other.id))),
      outcomes: await Promise.all([1, 2, 3].map(() => seed.outcome({ enterpriseId: other.id, ownerId: owner.id }))),
      tasks: await Promise.all(
        [1, 2, 3, 4].map((n) =>
          seed.create('tasks', { title: `跟进 @zhang ${n}`, enterpriseId: other.id, assigneeId: owner.id }),
        ),
      ),
      meetings: await Promise.all([1, 2].map(() => seed.meeting({ enterpriseIds: [other.id] }))),
    };
    const before = (await inbox()).length;

    const answer = (
      await h.api('post', `/api/enterprises/${survivor.id}/merge`).send({ otherId: other.id }).expect(201)
    ).body;
    expect(answer.moved).toEqual({ contacts: 5, outcomes: 3, tasks: 4, meetings: 2 });

    const now = await inbox();
    expect(now.slice(0, now.length - before)).toEqual([expect.objectContaining({ kind: 'recordMerged' })]);
    for (const [resource, records] of Object.entries(rows))
      for (const record of records)
        expect({ resource, ...(await h.api('get', `/api/${resource}/${record.id}`).expect(200)).body }).toMatchObject({
          resource,
          version: record.version + 1,
        });
    // the moved rows and the other's delete are named in the merge's event, not events of their own
    for (const [resource, records] of Object.entries({ ...rows, enterprises: [other] })) {
      const ids = new Set(records.map((record) => record.id));
      const events = (
        await h.api('get', `/api/audit-events?filter=${q({ resource })}&range=[0,999]`).expect(200)
      ).body.filter((event: { recordId: number }) => ids.has(event.recordId));
      expect({ resource, actions: [...new Set(events.map((event: { action: string }) => event.action))] }).toEqual({
        resource,
        actions: ['create'],
      });
    }
    const [merge] = (
      await h.api('get', `/api/audit-events?filter=${q({ action: 'merge', recordId: survivor.id })}`).expect(200)
    ).body;
    expect(merge.after.changed).toEqual(
      expect.arrayContaining([
        `enterprises ${other.id} delete`,
        ...rows.tasks.map((task) => `tasks ${task.id} update`),
        ...rows.meetings.map((meeting) => `meetings ${meeting.id} update`),
      ]),
    );
    expect(merge.after.changed).toHaveLength(15);
    // the other is in the trash as before, and comes back from it
    expect((await h.api('post', `/api/enterprises/${other.id}/restore`).expect(201)).body.id).toBe(other.id);
  });
});
