import { Role, type Identity } from '@app/auth';
import {
  administersFund,
  coverScope,
  inCoverScope,
  screenBorrower,
  type CreditListFundEffect,
  type ScreeningOutcome,
} from '@registry/risk-fund/domain/fund-rules.js';

const who = (roles: Role[], partyId: string | null): Identity => ({
  userId: 'u',
  login: 'u',
  partyId,
  roles,
  anonymous: false,
});

describe('screenBorrower', () => {
  it.each([
    [false, 'BLOCK', 'ENROL'],
    [false, 'MANUAL_REVIEW', 'ENROL'],
    [true, 'BLOCK', 'REFUSE'],
    [true, 'MANUAL_REVIEW', 'REVIEW'],
    [true, 'IGNORE', 'ENROL'],
  ] as [boolean, CreditListFundEffect, ScreeningOutcome][])('listed %s under %s -> %s', (listed, effect, outcome) => {
    expect(screenBorrower(listed, effect)).toBe(outcome);
  });
});

describe('fund access', () => {
  const fund = { ownerPartyId: 'office' };

  it('lets admins and the owning office run the fund, no one else', () => {
    expect(administersFund(who([Role.ADMIN], null), fund)).toBe(true);
    expect(administersFund(who([Role.PROGRAM_STAFF], 'office'), fund)).toBe(true);
    expect(administersFund(who([Role.PROGRAM_STAFF], 'other'), fund)).toBe(false);
    expect(administersFund(who([Role.BANK], 'office'), fund)).toBe(false);
  });

  it('scopes cover to the owning office and the lending bank', () => {
    const row = { ownerPartyId: 'office', lenderPartyId: 'bank' };
    expect(inCoverScope(coverScope(who([Role.ADMIN], null)), row)).toBe(true);
    expect(inCoverScope(coverScope(who([Role.PROGRAM_STAFF], 'office')), row)).toBe(true);
    expect(inCoverScope(coverScope(who([Role.BANK], 'bank')), row)).toBe(true);
    expect(inCoverScope(coverScope(who([Role.BANK], 'office')), row)).toBe(false);
    expect(inCoverScope(coverScope(who([Role.SME], 'bank')), row)).toBe(false);
  });
});
