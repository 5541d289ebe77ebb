/** The program pages' words for the API's codes. */

const IPC_SECTIONS: Record<string, string> = {
  A: 'A · Human necessities',
  B: 'B · Performing operations; transporting',
  C: 'C · Chemistry; metallurgy',
  D: 'D · Textiles; paper',
  E: 'E · Fixed constructions',
  F: 'F · Mechanical engineering; lighting; heating; weapons',
  G: 'G · Physics',
  H: 'H · Electricity',
};
export const ipcSectionLabel = (key: string): string => (key === '' ? 'Not classified' : (IPC_SECTIONS[key] ?? key));

const TRACK: Record<string, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', NO_TARGET: 'No target set' };
export const trackLabel = (track: string): string => TRACK[track] ?? track.toLowerCase();

const SUBSIDY_KIND: Record<string, string> = {
  INTEREST_LPR_SHARE: 'Interest (share of LPR)',
  INTEREST_PAID_SHARE: 'Interest paid (share)',
  APPRAISAL_FEE: 'Appraisal fee',
  INSURANCE_PREMIUM: 'Insurance premium',
};
export const subsidyKindLabel = (kind: string): string => SUBSIDY_KIND[kind] ?? kind.toLowerCase();

const SUBSIDY_STATUS: Record<string, string> = {
  COMPUTED: 'Computed',
  APPROVED: 'Approved',
  PAID: 'Paid',
  REJECTED: 'Rejected',
};
export const subsidyStatusLabel = (status: string): string => SUBSIDY_STATUS[status] ?? status.toLowerCase();

const SCREENING: Record<string, string> = {
  CLEAR: 'Clear',
  LISTED_BLOCKED: 'Credit-listed: blocked',
  LISTED_IGNORED: 'Credit-listed: policy ignores',
  LISTED_REVIEW: 'Credit-listed: needs review',
};
export const screeningLabel = (screening: string): string => SCREENING[screening] ?? screening.toLowerCase();

const CLAIM_STATUS: Record<string, string> = { FILED: 'Awaiting decision', PAID: 'Paid', REJECTED: 'Rejected' };
export const riskClaimStatusLabel = (status: string): string => CLAIM_STATUS[status] ?? status.toLowerCase();

const ENTRY_KIND: Record<string, string> = { CONTRIBUTION: 'Contribution', PAYOUT: 'Claim paid', RECOVERY: 'Recovery' };
export const entryKindLabel = (kind: string): string => ENTRY_KIND[kind] ?? kind.toLowerCase();
