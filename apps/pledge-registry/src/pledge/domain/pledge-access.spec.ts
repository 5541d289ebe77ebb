import { Role, type Identity } from '@app/auth';
import { canView, PledgeSide, sideOf, viewScope, type PledgeParties } from './pledge-access.js';

const PLEDGOR = 'a0000000-0000-4000-8000-000000000001';
const PLEDGEE = 'b0000000-0000-4000-8000-000000000002';
const OTHER = 'c0000000-0000-4000-8000-000000000003';

function user(roles: Role[], partyId: string | null = null): Identity {
  return { userId: 'd0000000-0000-4000-8000-000000000004', login: 'u', partyId, roles, anonymous: false };
}

const SUBMITTED: PledgeParties = { pledgorPartyId: PLEDGOR, pledgeePartyId: PLEDGEE, submitted: true };
const DRAFT: PledgeParties = { ...SUBMITTED, submitted: false };

describe('canView', () => {
  it.each<[string, Identity, PledgeParties, boolean]>([
    ['the pledgor SME', user([Role.SME], PLEDGOR), DRAFT, true],
    ['another SME', user([Role.SME], OTHER), SUBMITTED, false],
    ['an SME user of the pledgee party', user([Role.SME], PLEDGEE), SUBMITTED, false],
    ['the pledgee bank', user([Role.BANK], PLEDGEE), DRAFT, true],
    ['another bank', user([Role.BANK], OTHER), SUBMITTED, false],
    ['a bank user of the pledgor party', user([Role.BANK], PLEDGOR), SUBMITTED, false],
    ['a registrar, submitted file', user([Role.REGISTRAR]), SUBMITTED, true],
    ['a registrar, draft', user([Role.REGISTRAR]), DRAFT, false],
    ['an admin, draft', user([Role.ADMIN]), DRAFT, true],
    ['program staff', user([Role.PROGRAM_STAFF], OTHER), SUBMITTED, false],
    ['an SME without a party', user([Role.SME]), SUBMITTED, false],
  ])('%s -> %s', (_label, identity, pledge, expected) => {
    expect(canView(identity, pledge)).toBe(expected);
  });

  it('admins see everything', () => {
    expect(viewScope(user([Role.ADMIN]))).toEqual({ all: true });
  });
});

describe('sideOf', () => {
  it.each<[string, Identity, PledgeSide | null]>([
    ['pledgor SME', user([Role.SME], PLEDGOR), PledgeSide.PLEDGOR],
    ['pledgee bank', user([Role.BANK], PLEDGEE), PledgeSide.PLEDGEE],
    ['bank user of the pledgor', user([Role.BANK], PLEDGOR), null],
    ['SME user of another party', user([Role.SME], OTHER), null],
    ['registrar', user([Role.REGISTRAR]), null],
    ['admin', user([Role.ADMIN], PLEDGOR), null],
  ])('%s -> %s', (_label, identity, expected) => {
    expect(sideOf(identity, SUBMITTED)).toBe(expected);
  });
});
