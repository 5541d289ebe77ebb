import { Role, type Identity } from '@app/auth';

/** What a borrower on the IP credit-loss list does to an enrolment (program policy, CREDIT_LIST_FUND_EFFECT). */
export type CreditListFundEffect = 'BLOCK' | 'MANUAL_REVIEW' | 'IGNORE';

/** ENROL: covered now; REVIEW: waits for program staff; REFUSE: nothing written. */
export type ScreeningOutcome = 'ENROL' | 'REVIEW' | 'REFUSE';

export function screenBorrower(listed: boolean, effect: CreditListFundEffect): ScreeningOutcome {
  if (!listed) return 'ENROL';
  switch (effect) {
    case 'BLOCK':
      return 'REFUSE';
    case 'MANUAL_REVIEW':
      return 'REVIEW';
    case 'IGNORE':
      return 'ENROL';
  }
}

/** Only a bank user of the lending bank enrols its loans and files their claims. */
export function isLender(identity: Identity, loan: { lenderPartyId: string }): boolean {
  return identity.roles.includes(Role.BANK) && identity.partyId !== null && identity.partyId === loan.lenderPartyId;
}

/** Admins, and program staff of the program office that owns the fund, run it. */
export function administersFund(identity: Identity, fund: { ownerPartyId: string }): boolean {
  if (identity.roles.includes(Role.ADMIN)) return true;
  return (
    identity.roles.includes(Role.PROGRAM_STAFF) && identity.partyId !== null && identity.partyId === fund.ownerPartyId
  );
}

/**
 * Whose enrolments and claims a caller sees: admins all; program staff those of the funds
 * their program office owns; bank users their own bank's. Anyone else none.
 */
export type CoverScope = { all: true } | { all: false; ownerPartyId: string | null; lenderPartyId: string | null };

export function coverScope(identity: Identity): CoverScope {
  if (identity.roles.includes(Role.ADMIN)) return { all: true };
  return {
    all: false,
    ownerPartyId: identity.roles.includes(Role.PROGRAM_STAFF) ? identity.partyId : null,
    lenderPartyId: identity.roles.includes(Role.BANK) ? identity.partyId : null,
  };
}

export function inCoverScope(scope: CoverScope, row: { ownerPartyId: string; lenderPartyId: string }): boolean {
  if (scope.all) return true;
  return (
    (scope.ownerPartyId !== null && scope.ownerPartyId === row.ownerPartyId) ||
    (scope.lenderPartyId !== null && scope.lenderPartyId === row.lenderPartyId)
  );
}
