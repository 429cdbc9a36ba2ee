import type { CampaignFigures } from './api-types';

/** The ministry's figures of the 访企拓岗 campaign sheet, in its order (the xlsx columns and the dashboard's table). */
export const CAMPAIGN_FIGURES = [
  'visits',
  'enterprises',
  'positions',
  'internsWanted',
  'graduatesWanted',
  'outcomesAfter',
] as const satisfies readonly (keyof CampaignFigures)[];
