import { Role, type Identity } from '@app/auth';

/**
 * Which loans a caller may see: all (admin), or those where its party is the borrower
 * (SME users) or the lender (bank users). Registrars and program staff see no individual
 * loan: the resolvers refuse them outright (FORBIDDEN), since a loan is the parties' business.
 */
export type LoanScope = { all: true } | { all: false; borrowerPartyId: string | null; lenderPartyId: string | null };

export function loanScope(identity: Identity): LoanScope {
  if (identity.roles.includes(Role.ADMIN)) return { all: true };
  return {
    all: false,
    borrowerPartyId: identity.roles.includes(Role.SME) ? identity.partyId : null,
    lenderPartyId: identity.roles.includes(Role.BANK) ? identity.partyId : null,
  };
}

export function canViewLoan(identity: Identity, loan: { borrowerPartyId: string; lenderPartyId: string }): boolean {
  const scope = loanScope(identity);
  if (scope.all) return true;
  return (
    (scope.borrowerPartyId !== null && scope.borrowerPartyId === loan.borrowerPartyId) ||
    (scope.lenderPartyId !== null && scope.lenderPartyId === loan.lenderPartyId)
  );
}

/** Only a bank user of the lending bank records a loan's decisions and repayments. */
export function isLender(identity: Identity, loan: { lenderPartyId: string }): boolean {
  return identity.roles.includes(Role.BANK) && identity.partyId !== null && identity.partyId === loan.lenderPartyId;
}
