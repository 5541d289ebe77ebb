/**
 * The review queue's logic apart from React: which tab an application belongs to, the date
 * that matters for it and how many days are left, and the order of urgency.
 */
export type ReviewTab = 'sign' | 'sme' | 'registrar' | 'registered' | 'default' | 'closed';

export const REVIEW_TABS: readonly { tab: ReviewTab; label: string }[] = [
  { tab: 'sign', label: 'Awaiting your signature' },
  { tab: 'sme', label: 'Awaiting the SME' },
  { tab: 'registrar', label: 'With the registrar' },
  { tab: 'registered', label: 'Registered' },
  { tab: 'default', label: 'Default and enforcement' },
  { tab: 'closed', label: 'Closed' },
];

export const PLEDGE_STATUS_LABEL: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CORRECTION_REQUESTED: 'Correction requested',
  REGISTERED: 'Registered',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
  DEREGISTERED: 'Deregistered',
  REVOKED: 'Revoked',
  DEFAULTED: 'In default',
  ENFORCING: 'Enforcing',
  REALIZED: 'Realised',
};

export interface QueueItem {
  id: string;
  status: string;
  pledgeeSigned: boolean;
  awaitingSignatureOf?: string | null;
  examinationDueDate?: string | null;
  debtorDueDate: string;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

export function tabOf(item: QueueItem): ReviewTab {
  switch (item.status) {
    case 'DRAFT':
    case 'CORRECTION_REQUESTED':
      // The bank signs unless its signature is on the current content and the SME's is missing.
      return item.pledgeeSigned && item.awaitingSignatureOf === 'PLEDGOR' ? 'sme' : 'sign';
    case 'SUBMITTED':
      return 'registrar';
    case 'REGISTERED':
      return 'registered';
    case 'DEFAULTED':
    case 'ENFORCING':
      return 'default';
    default:
      return 'closed';
  }
}

export function groupByTab<T extends QueueItem>(items: readonly T[], today: string): Record<ReviewTab, T[]> {
  const groups: Record<ReviewTab, T[]> = { sign: [], sme: [], registrar: [], registered: [], default: [], closed: [] };
  for (const item of items) groups[tabOf(item)].push(item);
  for (const tab of Object.keys(groups) as ReviewTab[]) groups[tab] = sortByUrgency(groups[tab], today);
  return groups;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string): number => {
    const [y = 0, m = 1, d = 1] = day.slice(0, 10).split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Today as YYYY-MM-DD in the browser's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Deadline {
  /** What the date is. */
  label: string;
  date: string;
  /** Days from today; negative when past. */
  daysLeft: number;
  overdue: boolean;
}

/**
 * The date that matters in each state: the registrar's examination due date while submitted,
 * the debtor's due date while the pledge runs; drafts have none of their own (the SME's accepted
 * offer set the due date, and signing has no deadline in the API).
 */
export function deadlineOf(item: QueueItem, today: string): Deadline | null {
  if (item.status === 'SUBMITTED' && item.examinationDueDate) {
    const daysLeft = daysBetween(today, item.examinationDueDate);
    return { label: 'Examination due', date: item.examinationDueDate, daysLeft, overdue: item.overdue || daysLeft < 0 };
  }
  if (['REGISTERED', 'DEFAULTED', 'ENFORCING', 'DRAFT', 'CORRECTION_REQUESTED'].includes(item.status)) {
    const daysLeft = daysBetween(today, item.debtorDueDate);
    return { label: 'Debt due', date: item.debtorDueDate, daysLeft, overdue: daysLeft < 0 };
  }
  return null;
}

/** "5 days left", "due today", "3 days overdue". */
export function daysLeftText(deadline: Deadline): string {
  const n = deadline.daysLeft;
  if (n === 0) return deadline.overdue ? 'overdue, due today' : 'due today';
  if (n < 0) return `${-n} day${n === -1 ? '' : 's'} overdue`;
  return `${n} day${n === 1 ? '' : 's'} left`;
}

/** Overdue first, then the nearest deadline; without one, the longest waiting first. */
export function sortByUrgency<T extends QueueItem>(items: readonly T[], today: string): T[] {
  return [...items].sort((a, b) => {
    const da = deadlineOf(a, today);
    const db = deadlineOf(b, today);
    if (da !== null && db !== null) {
      if (da.overdue !== db.overdue) return da.overdue ? -1 : 1;
      if (da.daysLeft !== db.daysLeft) return da.daysLeft - db.daysLeft;
    } else if (da !== null || db !== null) {
      return da !== null ? -1 : 1;
    }
    return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id.localeCompare(b.id);
  });
}
