import { DataSource } from 'typeorm';

/**
 * Gives the generated demo and benchmark data the annual report's figures, as a school would have
 * entered them: the major each outcome serves (one of its college's, or its intakes'), counts by
 * kind, money for donations and services, a base's attributes and its use per intake. Derived
 * from each row's id, so the same data set always gets the same figures. Called once, after the
 * generator.
 */
export async function fillAnnualFigures(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const run = (sql: string) => manager.query(sql);
    await run(`WITH "ranked" AS (SELECT "id", "unitId", ROW_NUMBER() OVER (PARTITION BY "unitId" ORDER BY "id") - 1 AS "n", COUNT(*) OVER (PARTITION BY "unitId") AS "count" FROM "majors")
      UPDATE "outcomes" SET "majorId" = (SELECT "r"."id" FROM "ranked" "r" WHERE "r"."unitId" = "outcomes"."unitId" AND "r"."n" = "outcomes"."id" % "r"."count") WHERE "majorId" IS NULL`);
    await run(
      `UPDATE "outcomes" SET "majorId" = (SELECT "i"."majorId" FROM "intakes" "i" WHERE "i"."outcomeId" = "outcomes"."id" ORDER BY "i"."id" LIMIT 1) WHERE "majorId" IS NULL`,
    );
    await run(`UPDATE "outcomes" SET "orderClassStudents" = 20 + "id" % 26 WHERE "kind" = 'order_class'`);
    await run(`UPDATE "outcomes" SET "courses" = 1 + "id" % 3 WHERE "kind" = 'course'`);
    await run(`UPDATE "outcomes" SET "textbooks" = 1 + "id" % 2 WHERE "kind" = 'textbook'`);
    await run(
      `UPDATE "outcomes" SET "partTimeTeachers" = 1 + "id" % 6 WHERE "kind" IN ('order_class', 'industry_college', 'joint_lab', 'course')`,
    );
    await run(
      `UPDATE "outcomes" SET "donatedEquipmentValue" = COALESCE("value", 100000) WHERE "kind" = 'equipment_donation'`,
    );
    await run(
      `UPDATE "outcomes" SET "quasiDonatedEquipmentValue" = ("id" % 4) * 50000 WHERE "kind" IN ('equipment_donation', 'joint_lab')`,
    );
    await run(
      `UPDATE "outcomes" SET "technicalServiceIncome" = COALESCE("value", 20000 + ("id" % 30) * 10000) WHERE "kind" IN ('rd_project', 'training_service')`,
    );
    await run(`UPDATE "outcomes" SET "trainingPersonDays" = 40 + ("id" % 20) * 25 WHERE "kind" = 'training_service'`);
    await run(`UPDATE "outcomes" SET "trainingProjects" = 1 + "id" % 8, "providesAccommodation" = ("id" % 3 <> 0), "internshipAllowance" = 1500 + ("id" % 10) * 200,
      "paymentPerStudent" = ("id" % 4) * 100 WHERE "kind" = 'internship_base'`);
    await run(
      `UPDATE "intakes" SET "studentVisits" = "placed" * (1 + "id" % 4), "daysInUse" = 20 + "id" % 100, "halfYearInterns" = "placed" / 2, "supervisingTeachers" = 1 + "placed" / 8`,
    );
  });
}
