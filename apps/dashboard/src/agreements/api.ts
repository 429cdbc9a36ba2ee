import { getReport } from '../endpoints';

export interface AgreementTerm {
  id: number;
  startDate: string | null;
  endDate: string | null;
  signedDate: string | null;
  renewedAt: string;
  renewedByName: string | null;
}

/** The terms a renewal replaced, oldest first. */
export const termsOf = (outcomeId: number) => getReport<AgreementTerm[]>(`outcomes/${outcomeId}/terms`);
