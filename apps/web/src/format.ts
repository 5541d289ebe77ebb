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
