import { LIVE_OUTCOME_STAGES, OPEN_OUTCOME_STAGES, OutcomeStage, RelationshipStage } from './vocabulary';
import { daysBetween } from './dates';

/**
 * An enterprise's relationship stage, derived from what happened with it (never typed by hand):
 * an agreement in force makes a partner; one under discussion, negotiating; agreements that all ended
 * without a live one, lapsed; a meeting without any outcome, engaged; nothing yet, prospect.
 */
export function relationshipStage(facts: {
  outcomeStages: readonly OutcomeStage[];
  meetingCount: number;
}): RelationshipStage {
  const { outcomeStages, meetingCount } = facts;
  if (outcomeStages.some((stage) => LIVE_OUTCOME_STAGES.includes(stage))) return 'partner';
  if (outcomeStages.some((stage) => OPEN_OUTCOME_STAGES.includes(stage))) return 'negotiating';
  if (outcomeStages.length > 0) return 'lapsed';
  if (meetingCount > 0) return 'engaged';
  return 'prospect';
}

export type HealthLevel = 'good' | 'watch' | 'at_risk' | 'none';

/** Why a relationship is not at full health, as codes (each interface words them in its language). */
export type HealthReason =
  | { code: 'no_contact_yet' }
  | { code: 'no_contact_recorded' }
  | { code: 'silent'; days: number }
  | { code: 'no_live_cooperation' }
  | { code: 'agreement_ends'; days: number }
  | { code: 'low_internship_yield'; percent: number };

export interface HealthSignal {
  level: HealthLevel;
  /** 0–100: recency 50, breadth of cooperation kinds 30, no agreement about to lapse 20. */
  score: number;
  reasons: HealthReason[];
}

/** Below this share of their capacity, the live internship bases of a partner are a reason to look at it. */
export const LOW_INTERNSHIP_YIELD = 0.5;

/**
 * The health of a relationship on a given day: how recently we were in touch, how many kinds of
 * cooperation are live, whether an agreement ends within 90 days, and (a reason, not points) how
 * much of its internship bases' capacity this academic year's placements use.
 */
export function healthSignal(facts: {
  today: string;
  lastContactDate: string | null;
  liveKinds: number;
  nextAgreementEnd: string | null;
  internships?: { capacity: number; placed: number } | null;
}): HealthSignal {
  const reasons: HealthReason[] = [];
  if (!facts.lastContactDate && facts.liveKinds === 0)
    return { level: 'none', score: 0, reasons: [{ code: 'no_contact_yet' }] };
  const silentDays = facts.lastContactDate ? daysBetween(facts.lastContactDate, facts.today) : Infinity;
  const recency = silentDays <= 90 ? 50 : silentDays <= 180 ? 35 : silentDays <= 365 ? 15 : 0;
  if (silentDays > 180)
    reasons.push(Number.isFinite(silentDays) ? { code: 'silent', days: silentDays } : { code: 'no_contact_recorded' });
  const breadth = Math.min(facts.liveKinds, 3) * 10;
  if (facts.liveKinds === 0) reasons.push({ code: 'no_live_cooperation' });
  let renewal = 20;
  if (facts.nextAgreementEnd) {
    const left = daysBetween(facts.today, facts.nextAgreementEnd);
    if (left >= 0 && left <= 90) {
      renewal = 0;
      reasons.push({ code: 'agreement_ends', days: left });
    }
  }
  const internships = facts.internships;
  if (internships && internships.capacity > 0 && internships.placed / internships.capacity < LOW_INTERNSHIP_YIELD) {
    reasons.push({
      code: 'low_internship_yield',
      percent: Math.round((internships.placed / internships.capacity) * 100),
    });
  }
  const score = recency + breadth + renewal;
  const level: HealthLevel = score >= 70 ? 'good' : score >= 40 ? 'watch' : 'at_risk';
  return { level, score, reasons };
}

/**
 * An agreement still signed or active whose end date has passed without a renewal: it is lapsed,
 * whatever stage was typed, so the stage is derived on write and by the daily run alike.
 */
export function endedWithoutRenewal(outcome: { stage: OutcomeStage; endDate?: string | null }, today: string): boolean {
  return LIVE_OUTCOME_STAGES.includes(outcome.stage) && !!outcome.endDate && outcome.endDate < today;
}
