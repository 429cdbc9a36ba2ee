import type { ModuleRef } from '@nestjs/core';
import { DataSource, Like } from 'typeorm';
import { addDays, daysBetween } from '@crm/domain';
import { CampaignQuotasService } from '../campaign-quotas/campaign-quotas.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Clock } from '../common/clock';
import { WriteQueue } from '../database/write-queue';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Major } from '../majors/major.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { Staff } from '../staff/staff.entity';
import { Random } from './random';

/** The note of the campaign's visits, which tells them from the generator's meetings. */
export const DEMO_VISIT_MINUTES = '了解企业用人需求，商谈实习岗位与毕业生就业。';

/** The party secretary and the president (the ministry's "at least 100"), then the other leaders and deans. */
const LEADER_TITLES = ['书记', '校长', '院长', '处长'];

/**
 * The demo's 访企拓岗 campaign of this calendar year, so a newcomer sees the campaign page and the
 * home page filled: quotas for the school's leaders (and the admin account the demo is opened with,
 * so its own progress shows on the home page) and their visits so far, each with the positions,
 * interns, graduates and majors it brought back. Written through the resources' services, inside
 * one transaction, on top of whatever the demo generator made (it reads the leaders, enterprises and
 * majors there are).
 */
export async function addDemoCampaign(modules: ModuleRef): Promise<void> {
  const get = <T>(type: new (...args: never[]) => T) => modules.get(type, { strict: false });
  const dataSource = get(DataSource);
  const today = get(Clock).today();
  const year = today.slice(0, 4);
  const random = new Random(2022_03);
  const staff = await dataSource
    .getRepository(Staff)
    .find({ where: LEADER_TITLES.map((title) => ({ title: Like(`%${title}%`) })), order: { id: 'ASC' }, take: 8 });
  const admin = await dataSource.getRepository(Staff).findOne({ where: { username: 'admin' } });
  const enterprises = await dataSource
    .getRepository(Enterprise)
    .find({ select: { id: true, name: true }, order: { id: 'ASC' }, take: 400 });
  const majorIds = (await dataSource.getRepository(Major).find({ select: { id: true }, take: 60 })).map(
    (major) => major.id,
  );
  if (!enterprises.length) return;
  const leaders = [...staff.filter((person) => person.id !== admin?.id), ...(admin ? [admin] : [])];
  const days = Math.max(0, daysBetween(`${year}-01-01`, today));

  await get(WriteQueue).transaction(async (manager) => {
    const campaign = await get(CampaignsService).createIn(
      manager,
      {
        name: `${year}年访企拓岗促就业专项行动`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        notes: '教学厅函〔2022〕3号：书记、校长每年走访用人单位不少于 100 家。',
      },
      null,
    );
    const quotas = get(CampaignQuotasService);
    const meetings = get(MeetingsService);
    for (const [index, leader] of leaders.entries()) {
      const top = index < 2 && /书记|校长/.test(leader.title ?? '');
      const quota = top ? 100 : leader.id === admin?.id ? 20 : 30;
      await quotas.createIn(
        manager,
        { campaignId: (campaign as { id: number }).id, staffId: leader.id, enterprises: quota },
        null,
      );
      // about as far along as the year is, give or take
      const visits = Math.max(1, Math.round(quota * (days / 365) * (0.6 + random.next() * 0.7)));
      for (const enterprise of random.sample(enterprises, Math.min(visits, enterprises.length))) {
        // a day before today: every visit already made
        const day = addDays(`${year}-01-01`, random.int(0, Math.max(0, days - 1)));
        await meetings.createIn(
          manager,
          {
            title: `走访${enterprise.name}（访企拓岗）`,
            kind: 'visit_made',
            startsAt: new Date(`${day}T${String(random.int(1, 8)).padStart(2, '0')}:30:00.000Z`).toISOString(),
            location: '企业现场',
            chairId: leader.id,
            enterpriseIds: [enterprise.id],
            positionsOffered: random.int(2, 20),
            internsWanted: random.int(0, 10),
            graduatesWanted: random.int(0, 6),
            majorIds: majorIds.length ? random.sample(majorIds, random.int(1, 2)) : [],
            minutes: DEMO_VISIT_MINUTES,
          },
          null,
        );
      }
    }
  });
}
