import type { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { academicYearOf, academicYearRange, addDays, daysBetween } from '@crm/domain';
import { Clock } from '../common/clock';
import { WriteQueue } from '../database/write-queue';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Staff } from '../staff/staff.entity';
import { TeacherPracticesService } from '../teacher-practices/teacher-practices.service';
import { Random } from './random';

const CONTENTS = [
  '参与生产线技术改造，收集教学案例',
  '跟岗学习企业数字化管理流程，完善课程标准',
  '参与企业新产品研发与测试',
  '在企业技术岗位顶岗实践，编写实训项目',
];

/**
 * Teachers' practice in enterprises (教师企业实践) for the demo: most college teachers practised in the last
 * full academic year, some already in this one, so the list and the annual report's "教师企业实践天数" per
 * college open filled. Written through the resource's service (its rules and audit), in one transaction.
 */
export async function addDemoTeacherPractices(modules: ModuleRef): Promise<void> {
  const get = <T>(type: new (...args: never[]) => T) => modules.get(type, { strict: false });
  const dataSource = get(DataSource);
  const today = get(Clock).today();
  const random = new Random(2019_05);
  const teachers = await dataSource
    .getRepository(Staff)
    .createQueryBuilder('staff')
    .innerJoin('staff.unit', 'unit')
    .where("unit.kind = 'college'")
    .orderBy('staff.id', 'ASC')
    .take(40)
    .getMany();
  const enterprises = await dataSource
    .getRepository(Enterprise)
    .find({ select: { id: true }, order: { id: 'ASC' }, take: 200 });
  if (!teachers.length || !enterprises.length) return;
  const current = academicYearRange(academicYearOf(today)).start;
  const last = academicYearRange(academicYearOf(addDays(current, -1)));
  const periods: { from: string; to: string; share: number }[] = [
    { from: last.start, to: last.end, share: 0.8 },
    // this year's, all of them over before today
    { from: current, to: addDays(today, -1), share: 0.3 },
  ];
  const practices = get(TeacherPracticesService);
  await get(WriteQueue).transaction(async (manager) => {
    for (const { from, to, share } of periods) {
      const span = daysBetween(from, to);
      if (span < 10) continue;
      for (const teacher of teachers) {
        if (!random.chance(share)) continue;
        const length = random.int(5, Math.min(30, span));
        const startsOn = addDays(from, random.int(0, span - length));
        await practices.createIn(
          manager,
          {
            staffId: teacher.id,
            enterpriseId: random.pick(enterprises).id,
            startsOn,
            endsOn: addDays(startsOn, length - 1),
            // part-time practice is common: days actually spent in the enterprise
            days: random.int(Math.ceil(length / 2), length),
            content: random.pick(CONTENTS),
          },
          null,
        );
      }
    }
  });
}
