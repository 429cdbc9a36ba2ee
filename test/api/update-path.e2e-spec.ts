import { HttpException } from '@nestjs/common';
import { addDays } from '@crm/domain';
import { AgreementsService } from '../../apps/api/src/agreements/agreements.service';
import { Clock } from '../../apps/api/src/common/clock';
import { EnterprisesService } from '../../apps/api/src/enterprises/enterprises.service';
import { OutcomesService } from '../../apps/api/src/outcomes/outcomes.service';
import { TasksService } from '../../apps/api/src/tasks/tasks.service';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

const TODAY = '2025-03-10';

/**
 * Issue 20, item 1: every update of a record obeys the rules of its PUT, whichever path it comes by:
 * a request, a renewal, the daily agreements run, or any other caller of the pipeline's update.
 */
describe('every update obeys the rules of the resource', () => {
  let h: Harness;
  let seed: Seed;
  const read = async (resource: string, id: number) =>
    (await h.api('get', `/api/${resource}/${id}`).expect(200)).body as ApiRecord;

  /** What a write that no validation pipe saw answers: the 400 the filter sends in the contract's shape. */
  const refusal = async (
    write: Promise<unknown>,
  ): Promise<{ status: number; message: unknown; errors: Record<string, unknown> }> => {
    const error = await write.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpException);
    const answer = (error as HttpException).getResponse() as { message: unknown; errors: Record<string, unknown> };
    return { status: (error as HttpException).getStatus(), message: answer.message, errors: answer.errors };
  };

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    // 12:00 in Beijing on 10 March 2025
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(`${TODAY}T04:00:00Z`));
  });
  afterAll(() => h?.close());

  it('refuses a bad value on each path a user takes (PUT, renewal, the board) with a 400, and stores nothing of it', async () => {
    const outcome = await seed.outcome({ stage: 'active', startDate: '2024-09-01', endDate: addDays(TODAY, 200) });
    expectError(
      await h.api('put', `/api/outcomes/${outcome.id}`).send({ version: outcome.version, notes: 'x'.repeat(20_001) }),
      400,
      ['notes'],
    );
    expectError(
      await h.api('put', `/api/outcomes/${outcome.id}`).send({ version: outcome.version, title: 'Bidi \u202e name' }),
      400,
      ['title'],
    );
    expectError(await h.api('post', `/api/outcomes/${outcome.id}/renew`).send({ endDate: '2027-02-30' }), 400, [
      'endDate',
    ]);
    expectError(await h.api('post', `/api/outcomes/${outcome.id}/move`).send({ stage: 'nowhere', position: 0 }), 400, [
      'stage',
    ]);
    expect(await read('outcomes', outcome.id)).toEqual(outcome);
  });

  it('asks the same DTO and text rules of an update made by the server itself, where no request body was validated', async () => {
    const outcome = await seed.outcome({ stage: 'active', startDate: '2024-09-01', endDate: addDays(TODAY, 200) });
    const enterprise = await seed.enterprise();
    const task = await seed.create('tasks', { title: 'Call back', enterpriseId: enterprise.id });
    const events = async () =>
      (await h.api('get', `/api/audit-events?filter=${q({ action: 'update' })}&range=[0,999]`).expect(200)).body.length;
    const auditBefore = await events();

    // the body a renewal builds, with a date that does not exist
    const renewal = await refusal(
      h.app
        .get(OutcomesService)
        .update(outcome.id, { version: outcome.version, endDate: '2027-02-30', stage: 'active' } as object, null),
    );
    expect(renewal).toMatchObject({ status: 400, errors: { endDate: expect.anything() } });
    // what the daily run would write into a task: a title over the cap
    expect(
      await refusal(
        h.app.get(TasksService).update(task.id, { version: task.version, title: 'x'.repeat(301) } as object, null),
      ),
    ).toMatchObject({ status: 400, errors: { title: expect.anything() } });
    // the text rules: control and bidirectional characters, a field no update body has
    const text = await refusal(
      h.app
        .get(EnterprisesService)
        .update(
          enterprise.id,
          { version: enterprise.version, name: 'Probe\u0000 Ltd', city: 'Shanghai\u202e' } as object,
          null,
        ),
    );
    expect(text).toMatchObject({ status: 400, errors: { name: expect.anything(), city: expect.anything() } });
    expect(
      await refusal(
        h.app
          .get(EnterprisesService)
          .update(enterprise.id, { version: enterprise.version, relationshipNotes: 'not a field' } as object, null),
      ),
    ).toMatchObject({ status: 400, errors: { relationshipNotes: expect.anything() } });

    expect([
      await read('outcomes', outcome.id),
      await read('tasks', task.id),
      await read('enterprises', enterprise.id),
    ]).toEqual([outcome, task, enterprise]);
    expect(await events()).toBe(auditBefore);
  });

  it('keeps the daily run within the rules: the renewal task of an outcome with the longest title fits a task’s title', async () => {
    const title = '长'.repeat(300);
    const outcome = await seed.outcome({
      title,
      stage: 'active',
      startDate: '2024-09-01',
      endDate: addDays(TODAY, 20),
    });
    await h.app.get(AgreementsService).runDaily();
    const [made] = (await h.api('get', `/api/tasks?filter=${q({ outcomeId: outcome.id })}`).expect(200))
      .body as ApiRecord[];
    expect((made.title as string).length).toBeLessThanOrEqual(300);
    expect(made.title).toMatch(/^续签协议：长+…（2025-03-30 到期）$/);

    // the agreement ends unrenewed: the run retitles the task through the tasks' update, which checks the title
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(`${addDays(TODAY, 30)}T04:00:00Z`));
    expect(await h.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 1, tasksCreated: 0 });
    const retitled = await read('tasks', made.id as number);
    expect((retitled.title as string).length).toBeLessThanOrEqual(300);
    expect(retitled.title).toMatch(/^续签协议：长+…（已于 2025-03-30 到期，未续签）$/);
    expect(await read('outcomes', outcome.id)).toMatchObject({ stage: 'lapsed', title });
  });
});
