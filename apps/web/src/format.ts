/**
 * Display formatting. Money stays a decimal string end to end: grouping is done on the
 * digits, never through a float.
 */
export interface MoneyValue {
  amount: string;
  currency: string;
}

export function formatAmount(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (match === null) return amount;
  const [, sign = '', whole = '0', fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Whole currency units for amounts shown in tables; cents only when there are any.
  const cents = fraction === undefined || /^0*$/.test(fraction) ? '' : `.${fraction.padEnd(2, '0').slice(0, 2)}`;
  return `${sign}${grouped}${cents}`;
}

export function formatMoney(money: MoneyValue): string {
  return `${money.currency} ${formatAmount(money.amount)}`;
}

const LEGAL_STATUS: Record<string, string> = {
  PENDING: 'Pending',
  GRANTED: 'Granted',
  FEE_GRACE: 'Fee grace period',
  LAPSED: 'Lapsed',
  INVALIDATED: 'Invalidated',
  EXPIRED: 'Expired',
};

const KIND: Record<string, string> = {
  INVENTION: 'Invention patent',
  UTILITY_MODEL: 'Utility model',
  DESIGN: 'Design patent',
  TRADEMARK: 'Trademark',
};

export const legalStatusLabel = (status: string): string => LEGAL_STATUS[status] ?? status.toLowerCase();
export const kindLabel = (kind: string): string => KIND[kind] ?? kind.toLowerCase();

const ROLE: Record<string, string> = {
  SME: 'SME',
  BANK: 'Bank',
  ARRANGER: 'Arranger',
  REGISTRAR: 'Registrar',
  PROGRAM_STAFF: 'Program staff',
  ADMIN: 'Administrator',
};
export const roleLabel = (role: string): string => ROLE[role] ?? role.toLowerCase();

/** `2031-03-12` -> `12 Mar 2031` (dates are calendar days: no time zone shift). */
export function formatDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (match === null) return day;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

const REPAYMENT_METHOD: Record<string, string> = {
  ANNUITY: 'Equal instalments',
  EQUAL_PRINCIPAL: 'Equal principal',
  INTEREST_ONLY_BULLET: 'Interest only, principal at the end',
  FLAT: 'Flat rate',
};
export const repaymentMethodLabel = (method: string): string => REPAYMENT_METHOD[method] ?? method.toLowerCase();

const LISTING_STATUS: Record<string, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Offer accepted',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
};
export const listingStatusLabel = (status: string): string => LISTING_STATUS[status] ?? status.toLowerCase();

const OFFER_STATUS: Record<string, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn by the bank',
};
export const offerStatusLabel = (status: string): string => OFFER_STATUS[status] ?? status.toLowerCase();

const PLEDGE_STATUS: Record<string, string> = {
  DRAFT: 'Draft (signatures)',
  SUBMITTED: 'With the registrar',
  CORRECTION_REQUESTED: 'Correction requested',
  REGISTERED: 'Registered',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
  REVOKED: 'Revoked',
  DEREGISTERED: 'Deregistered',
  DEFAULTED: 'In default',
  ENFORCING: 'Being enforced',
  REALIZED: 'Realised',
};
export const pledgeStatusLabel = (status: string): string => PLEDGE_STATUS[status] ?? status.toLowerCase();

const LOAN_STATUS: Record<string, string> = {
  SUBMITTED: 'Applied',
  APPROVED: 'Approved',
  ACTIVE: 'Active',
  CLOSED: 'Closed',
  OVERPAID: 'Overpaid',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};
export const loanStatusLabel = (status: string): string => LOAN_STATUS[status] ?? status.toLowerCase();

const VALUATION_METHOD: Record<string, string> = {
  RELIEF_FROM_ROYALTY: 'Relief from royalty',
  INCREMENTAL_INCOME: 'Incremental income',
  PROFIT_SPLIT: 'Profit split',
  EXCESS_EARNINGS: 'Excess earnings',
  COST: 'Cost approach',
  MARKET: 'Market approach',
  REAL_OPTION: 'Real option',
  RECONCILED: 'Reconciled',
};
export const valuationMethodLabel = (method: string): string => VALUATION_METHOD[method] ?? method.toLowerCase();

/** The registration rules' refusal grounds (DOMAIN.md), each as the sentence a registrar gives. */
const REFUSAL_CODE: Record<string, string> = {
  PLEDGOR_NOT_OWNER: 'The pledgor is not the registered owner.',
  CO_OWNER_CONSENT_MISSING: "A co-owner's consent is missing.",
  NOT_GRANTED: 'The patent is not granted.',
  LAPSED: 'The patent has lapsed.',
  EXPIRED: 'The patent has expired.',
  INVALIDATED: 'The patent was invalidated.',
  FEES_UNPAID: 'Annual fees are unpaid.',
  OWNERSHIP_DISPUTE: 'An ownership dispute has suspended procedures.',
  COURT_PRESERVATION: 'A court preservation order applies.',
  DUE_DATE_AFTER_EXPIRY: "The debt falls due after the patent's expiry.",
  ALREADY_PLEDGED: 'The patent is already under an active pledge.',
  INVALIDATION_RISK_NOT_ACKNOWLEDGED: 'Invalidation is pending and the parties have not acknowledged the risk.',
  FORFEITURE_CLAUSE: 'The contract lets the patent pass to the pledgee on default (forfeiture clause).',
  MANDATORY_CONTENT_MISSING: 'Mandatory content is missing.',
  CREDIT_LISTED: 'A party is on the IP credit-loss (dishonest entity) list.',
  AMOUNT_NOT_POSITIVE: 'The secured amount is not positive.',
  DUE_DATE_IN_PAST: 'The debt falls due before the application date.',
  DUPLICATE_ASSET: 'A patent is listed more than once.',
  ASSET_NOT_FOUND: 'A patent is not in the register.',
  OTHER: 'Another ground (see the note).',
};
export const refusalCodeLabel = (code: string): string => REFUSAL_CODE[code] ?? code.toLowerCase().replace(/_/g, ' ');
