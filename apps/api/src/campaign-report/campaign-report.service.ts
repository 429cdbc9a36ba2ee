import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { And, DataSource, EntityTarget, In, IsNull, LessThan, MoreThanOrEqual, Not, ObjectLiteral } from 'typeorm';
import { addDays, CAMPAIGN_FIGURES, CampaignFigures, CampaignReport, chinaDay, Locale } from '@crm/domain';
import { CampaignQuota } from '../campaign-quotas/campaign-quota.entity';
import { notFound } from '../common/errors';
import { msg, translate } from '../common/i18n';
import { Meeting, MeetingEnterprise, MeetingStaff } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Unit } from '../units/unit.entity';
import { Campaign } from '../campaigns/campaign.entity';

/** Ids per statement: well under either engine's limit of bound parameters. */
const CHUNK = 1000;

interface Visit {
  id: number;
  day: string;
  positions: number;
  internsWanted: number;
  graduatesWanted: number;
  enterpriseIds: number[];
}

interface SignedOutcome {
  id: number;
  enterpriseId: number;
  signedDate: string;
}

/**
 * The campaign report: a `visit_made` meeting inside the campaign's dates counts for each of its
 * school attendees and its chair; a person's, a unit's and the total's figures are read from the
 * set of visits behind them, so a visit two leaders made together counts once for their college.
 */
@Injectable()
export class CampaignReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(campaignId: number): Promise<CampaignReport> {
    const manager = this.dataSource.manager;
    const campaign = await manager.findOne(Campaign, { where: { id: campaignId } });
    if (!campaign) throw notFound('campaign', campaignId);
    const from = new Date(`${campaign.startsOn}T00:00:00+08:00`);
    const below = new Date(`${addDays(campaign.endsOn, 1)}T00:00:00+08:00`);
    const meetings = await manager.find(Meeting, {
      where: { kind: 'visit_made', startsAt: And(MoreThanOrEqual(from), LessThan(below)) },
      select: {
        id: true,
        startsAt: true,
        chairId: true,
        positionsOffered: true,
        internsWanted: true,
        graduatesWanted: true,
      },
    });
    const ids = meetings.map((meeting) => meeting.id);
    const [attendances, organisations, quotas] = await Promise.all([
      this.byIds(MeetingStaff, 'meetingId', ids),
      this.byIds(MeetingEnterprise, 'meetingId', ids),
      manager.find(CampaignQuota, { where: { campaignId } }),
    ]);

    const visits = new Map<number, Visit>(
      meetings.map((meeting) => [
        meeting.id,
        {
          id: meeting.id,
          day: chinaDay(meeting.startsAt),
          positions: meeting.positionsOffered ?? 0,
          internsWanted: meeting.internsWanted ?? 0,
          graduatesWanted: meeting.graduatesWanted ?? 0,
          enterpriseIds: [],
        },
      ]),
    );
    for (const link of organisations) visits.get(link.meetingId)!.enterpriseIds.push(link.enterpriseId);
    const visitsOf = new Map<number, Set<number>>();
    const attend = (staffId: number, meetingId: number) =>
      visitsOf.set(staffId, (visitsOf.get(staffId) ?? new Set()).add(meetingId));
    for (const meeting of meetings) if (meeting.chairId) attend(meeting.chairId, meeting.id);
    for (const link of attendances) attend(link.staffId, link.meetingId);
    const quotaOf = new Map(quotas.map((quota) => [quota.staffId, quota.enterprises]));

    const enterpriseIds = [...new Set(organisations.map((link) => link.enterpriseId))];
    // only an outcome signed inside the campaign or later can follow one of its visits
    const outcomes = (await this.byIds(Outcome, 'enterpriseId', enterpriseIds, {
      signedDate: And(Not(IsNull()), MoreThanOrEqual(campaign.startsOn)),
    })) as SignedOutcome[];
    const staffIds = [...new Set([...visitsOf.keys(), ...quotaOf.keys()])];
    const people = await this.byIds(Staff, 'id', staffIds, {}, true);
    const units = new Map(
      (await manager.find(Unit, { withDeleted: true, select: { id: true, name: true } })).map((unit) => [
        unit.id,
        unit.name,
      ]),
    );

    const figures = (meetingIds: Iterable<number>, quota: number | null): CampaignFigures => {
      const behind = [...meetingIds].sort((a, b) => a - b).map((id) => visits.get(id)!);
      const firstVisit = new Map<number, string>();
      for (const visit of behind)
        for (const enterpriseId of visit.enterpriseIds)
          if (!(firstVisit.get(enterpriseId)! <= visit.day)) firstVisit.set(enterpriseId, visit.day);
      const outcomeIds = outcomes
        .filter(
          (outcome) =>
            firstVisit.has(outcome.enterpriseId) && outcome.signedDate >= firstVisit.get(outcome.enterpriseId)!,
        )
        .map((outcome) => outcome.id);
      const sum = (field: 'positions' | 'internsWanted' | 'graduatesWanted') =>
        behind.reduce((total, visit) => total + visit[field], 0);
      const enterprises = firstVisit.size;
      return {
        quota,
        visits: behind.length,
        enterprises,
        positions: sum('positions'),
        internsWanted: sum('internsWanted'),
        graduatesWanted: sum('graduatesWanted'),
        outcomesAfter: outcomeIds.length,
        done: quota ? enterprises / quota : null,
        meetingIds: behind.map((visit) => visit.id),
        enterpriseIds: [...firstVisit.keys()].sort((a, b) => a - b),
        outcomeIds: outcomeIds.sort((a, b) => a - b),
      };
    };
    const rows = (people as Staff[])
      .map((person) => ({
        staffId: person.id,
        name: person.name,
        unitId: person.unitId,
        ...figures(visitsOf.get(person.id) ?? [], quotaOf.get(person.id) ?? null),
      }))
      .sort(
        (a, b) =>
          (b.done ?? -1) - (a.done ?? -1) || b.enterprises - a.enterprises || a.name.localeCompare(b.name, 'zh-CN'),
      );

    const byUnit = new Map<number | null, { meetingIds: Set<number>; quota: number | null }>();
    for (const row of rows) {
      const unit = byUnit.get(row.unitId) ?? { meetingIds: new Set<number>(), quota: null };
      for (const id of row.meetingIds) unit.meetingIds.add(id);
      if (row.quota !== null) unit.quota = (unit.quota ?? 0) + row.quota;
      byUnit.set(row.unitId, unit);
    }
    const quotaTotal = quotas.length ? quotas.reduce((total, quota) => total + quota.enterprises, 0) : null;
    return {
      campaign: { id: campaign.id, name: campaign.name, startsOn: campaign.startsOn, endsOn: campaign.endsOn },
      rows,
      units: [...byUnit].map(([unitId, unit]) => ({
        unitId,
        name: unitId === null ? null : (units.get(unitId) ?? null),
        ...figures(unit.meetingIds, unit.quota),
      })),
      totals: figures(visits.keys(), quotaTotal),
    };
  }

  /** The sheet to file: one row a person, then one a unit and the total, headed in the ministry's words (in English for an English reader), numbers as numbers. */
  async workbook(report: CampaignReport, locale: Locale): Promise<Buffer> {
    const text = (key: Parameters<typeof msg>[0]) => translate(msg(key), locale);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(text('campaign.sheet'));
    sheet.addRow([
      text('campaign.person'),
      text('campaign.unit'),
      text('campaign.quota'),
      ...CAMPAIGN_FIGURES.map((figure) => text(`campaign.${figure}`)),
      text('campaign.done'),
    ]);
    const line = (name: string, unit: string, row: CampaignFigures) =>
      sheet.addRow([name, unit, row.quota ?? '', ...CAMPAIGN_FIGURES.map((figure) => row[figure]), row.done ?? '']);
    const unitName = (unitId: number | null) => report.units.find((unit) => unit.unitId === unitId)?.name ?? '';
    for (const row of report.rows) line(row.name, unitName(row.unitId), row);
    for (const unit of report.units) line(text('campaign.unitTotal'), unit.name ?? text('campaign.noUnit'), unit);
    line(text('campaign.total'), '', report.totals);
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn(1).width = 16;
    sheet.getColumn(2).width = 24;
    for (let column = 3; column <= CAMPAIGN_FIGURES.length + 4; column += 1) sheet.getColumn(column).width = 14;
    sheet.getColumn(CAMPAIGN_FIGURES.length + 4).numFmt = '0.0%';
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** Rows whose `field` is one of `ids`, a chunk of ids a statement. */
  private async byIds<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    field: string,
    ids: number[],
    where: object = {},
    withDeleted = false,
  ): Promise<T[]> {
    const found: T[] = [];
    for (let start = 0; start < ids.length; start += CHUNK) {
      found.push(
        ...(await this.dataSource.manager.find(target, {
          where: { ...where, [field]: In(ids.slice(start, start + CHUNK)) } as never,
          withDeleted,
        })),
      );
    }
    return found;
  }
}
