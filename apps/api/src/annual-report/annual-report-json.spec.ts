import type { AnnualBaseRow, AnnualReport } from '@crm/domain';
import { reportJson } from './annual-report.service';

const text = async (report: AnnualReport) => {
  let written = '';
  for await (const piece of reportJson(report)) written += piece;
  return written;
};

const base = (index: number): AnnualBaseRow =>
  ({
    outcomeId: index,
    base: `实训基地 "${index}"\n`,
    enterprise: '江朗科技',
    majorId: index % 3 ? index % 3 : null,
    code: null,
    major: null,
    figures: {
      trainingProjects: index,
      studentVisits: 0,
      daysInUse: 0,
      halfYearInterns: 0,
      providesAccommodation: index % 2 === 0,
      internshipAllowance: 1.5,
      paymentPerStudent: 0,
      supervisingTeachers: 0,
      hired: 0,
    },
    sources: { hired: { resource: 'intakes', ids: [index, index + 1] } },
  }) as unknown as AnnualBaseRow;

describe('the annual report written as JSON in slices', () => {
  const report = (bases: number): AnnualReport =>
    ({
      academicYear: '2024-2025',
      majors: [{ majorId: 1, code: '510101', major: '软件技术', college: null, figures: {}, sources: {} }],
      totals: { placed: 3 },
      bases: Array.from({ length: bases }, (_, index) => base(index)),
    }) as unknown as AnnualReport;

  it.each([0, 1, 999, 1000, 2500])('is the text JSON.stringify writes, with %i bases', async (bases) => {
    const whole = report(bases);
    expect(await text(whole)).toBe(JSON.stringify(whole));
  });
});
