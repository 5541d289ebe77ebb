import type { PledgeRegisterFilter, PledgeStatus } from '@web/gql/graphql';

/** The states a registration can show in the gazette. */
export const REGISTER_STATUSES: readonly PledgeStatus[] = [
  'REGISTERED',
  'DEFAULTED',
  'ENFORCING',
  'REALIZED',
  'DEREGISTERED',
  'REVOKED',
];

export interface RegisterDraft {
  partyName: string;
  patentNumber: string;
  registeredFrom: string;
  registeredTo: string;
  status: string;
}

export const NO_REGISTER_FILTER: RegisterDraft = {
  partyName: '',
  patentNumber: '',
  registeredFrom: '',
  registeredTo: '',
  status: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A sentence for the first thing the server would refuse, or null. */
export function checkRegisterDraft(draft: RegisterDraft): string | null {
  const from = draft.registeredFrom.trim();
  const to = draft.registeredTo.trim();
  if ((from !== '' && !DAY.test(from)) || (to !== '' && !DAY.test(to))) return 'Enter dates as YYYY-MM-DD.';
  if (from !== '' && to !== '' && from > to) return 'The "registered from" date must not be after the "to" date.';
  return null;
}

/** Only the filled-in fields go to the server; patent numbers are matched exactly, so spaces are dropped. */
export function toRegisterFilter(draft: RegisterDraft): PledgeRegisterFilter {
  const filter: PledgeRegisterFilter = {};
  if (draft.partyName.trim() !== '') filter.partyName = draft.partyName.trim();
  if (draft.patentNumber.trim() !== '') filter.patentNumber = draft.patentNumber.replace(/\s+/g, '').toUpperCase();
  if (draft.registeredFrom.trim() !== '') filter.registeredFrom = draft.registeredFrom.trim();
  if (draft.registeredTo.trim() !== '') filter.registeredTo = draft.registeredTo.trim();
  if (draft.status !== '') filter.status = draft.status as PledgeStatus;
  return filter;
}

const CHANGE: Record<string, string> = { CHANGED: 'Terms changed', DEREGISTERED: 'Deregistered', REVOKED: 'Revoked' };
export const registerChangeLabel = (type: string): string => CHANGE[type] ?? type.toLowerCase();
