import {
  ALL_CRITERIA,
  earliestExpiry,
  EligibilityReason,
  eligibilityReasons,
  type CandidateFacts,
} from '@registry/securitization/domain/eligibility.js';

const good: CandidateFacts = {
  pledgeRegistered: true,
  maturityDate: '2027-06-30',
  assetExpiries: ['2030-01-01', '2028-01-01'],
  inDefault: false,
  obligorCreditListed: false,
  inAnotherPool: false,
};

describe('eligibilityReasons', () => {
  it('accepts a candidate that meets every criterion', () => {
    expect(eligibilityReasons(ALL_CRITERIA, good)).toEqual([]);
  });

  it('returns every failing reason at once, in a stable order', () => {
    const bad: CandidateFacts = {
      pledgeRegistered: false,
      maturityDate: '2029-01-01',
      assetExpiries: ['2030-01-01', '2028-12-31'],
      inDefault: true,
      obligorCreditListed: true,
      inAnotherPool: true,
    };
    expect(eligibilityReasons(ALL_CRITERIA, bad)).toEqual([
      EligibilityReason.PLEDGE_NOT_REGISTERED,
      EligibilityReason.PATENT_LIFE_SHORTER_THAN_TERM,
      EligibilityReason.IN_DEFAULT,
      EligibilityReason.OBLIGOR_CREDIT_LISTED,
      EligibilityReason.IN_ANOTHER_POOL,
    ]);
  });

  it('skips criteria the pool switched off', () => {
    const criteria = { ...ALL_CRITERIA, requireNotInDefault: false, requireNotInAnotherPool: false };
    expect(eligibilityReasons(criteria, { ...good, inDefault: true, inAnotherPool: true })).toEqual([]);
  });

  it('counts a patent expiring on the maturity date as long enough, a day earlier as too short', () => {
    expect(eligibilityReasons(ALL_CRITERIA, { ...good, assetExpiries: ['2027-06-30'] })).toEqual([]);
    expect(eligibilityReasons(ALL_CRITERIA, { ...good, assetExpiries: ['2027-06-29'] })).toEqual([
      EligibilityReason.PATENT_LIFE_SHORTER_THAN_TERM,
    ]);
  });

  it('treats an unknown expiry or no asset as too short', () => {
    expect(earliestExpiry(['2030-01-01', null])).toBeNull();
    expect(earliestExpiry([])).toBeNull();
    expect(eligibilityReasons(ALL_CRITERIA, { ...good, assetExpiries: [null] })).toEqual([
      EligibilityReason.PATENT_LIFE_SHORTER_THAN_TERM,
    ]);
  });
});
