/**
 * The examination queue's order and wording. Deadlines are calendar days in the registry's
 * time zone (China, UTC+8): the page counts from the same "today" the server's `overdue` does.
 */

const DAY_MS = 86_400_000;
const REGISTRY_OFFSET_MS = 8 * 3_600_000;

/** Today in the registry's time zone, as `YYYY-MM-DD`. */
export function registryToday(now: Date = new Date()): string {
  return new Date(now.getTime() + REGISTRY_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS,
  );
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** Where a file stands against its deadline, in words for the queue. */
export interface DueWording {
  text: string;
  tone: 'overdue' | 'today' | 'soon' | 'later' | 'none';
}

/**
 * "3 days overdue", "Due today", "Due tomorrow", "4 days left". The server's `overdue`
 * outranks the count, so a file it calls overdue never reads as due.
 */
export function dueWording(dueDate: string | null | undefined, overdue: boolean, today: string): DueWording {
  if (dueDate === null || dueDate === undefined) return { text: 'No deadline set', tone: 'none' };
  const left = daysBetween(today, dueDate);
  if (overdue || left < 0) return { text: `${days(Math.max(1, -left))} overdue`, tone: 'overdue' };
  if (left === 0) return { text: 'Due today', tone: 'today' };
  if (left === 1) return { text: 'Due tomorrow', tone: 'soon' };
  return { text: `${days(left)} left`, tone: left <= 2 ? 'soon' : 'later' };
}

/** What the order needs of a file. */
export interface QueueItem {
  id: string;
  overdue: boolean;
  examinationDueDate?: string | null;
  submittedAt?: string | null;
}

/**
 * One list from the overdue files and the awaiting ones (the same file may come in both):
 * overdue first, then by deadline, earliest first; a missing deadline goes last; files due the
 * same day in the order they were submitted.
 */
export function examinationOrder<T extends QueueItem>(...lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  const key = (d: string | null | undefined): string => d ?? '9999-12-31';
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      key(a.examinationDueDate).localeCompare(key(b.examinationDueDate)) ||
      key(a.submittedAt).localeCompare(key(b.submittedAt)) ||
      a.id.localeCompare(b.id),
  );
}
