import { Role, type Identity } from '@app/auth';
import { canViewLoan, isLender } from '@registry/loan/domain/loan-access.js';

const BORROWER = '00000000-0000-4000-8000-000000000001';
const LENDER = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const loan = { borrowerPartyId: BORROWER, lenderPartyId: LENDER };

const who = (roles: Role[], partyId: string | null): Identity => ({
  userId: 'u',
  login: 'l',
  partyId,
  roles,
  anonymous: false,
});

describe('loan access', () => {
  it.each<[string, Identity, boolean, boolean]>([
    ['the borrower SME', who([Role.SME], BORROWER), true, false],
    ['the lending bank', who([Role.BANK], LENDER), true, true],
    ['another SME', who([Role.SME], OTHER), false, false],
    ['another bank', who([Role.BANK], OTHER), false, false],
    ['an SME user of the lender party (wrong role)', who([Role.SME], LENDER), false, false],
    ['a registrar', who([Role.REGISTRAR], null), false, false],
    ['program staff', who([Role.PROGRAM_STAFF], null), false, false],
    ['an admin', who([Role.ADMIN], null), true, false],
  ])('%s: sees %s, lends %s', (_name, identity, sees, lends) => {
    expect(canViewLoan(identity, loan)).toBe(sees);
    expect(isLender(identity, loan)).toBe(lends);
  });
});
