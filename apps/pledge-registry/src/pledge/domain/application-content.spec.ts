import { applicationContentHash, type ApplicationContent } from './application-content.js';

const BASE: ApplicationContent = {
  pledgorPartyId: '11111111-1111-4111-8111-111111111111',
  pledgeePartyId: '22222222-2222-4222-8222-222222222222',
  claimType: 'LOAN',
  claimAmount: '5000000.0000',
  claimCurrency: 'CNY',
  debtorDueDate: '2027-06-30',
  assetIds: ['33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'],
  guaranteeScope: 'principal and interest',
  coOwnerConsents: ['91350100M000100Y43', '55555555-5555-4555-8555-555555555555'],
  acknowledgedRisks: [
    { assetId: '44444444-4444-4444-8444-444444444444', risk: 'INVALIDATION_PENDING' },
    { assetId: '33333333-3333-4333-8333-333333333333', risk: 'INVALIDATION_PENDING' },
  ],
  forfeitureClause: false,
  appraisalReference: null,
  appraisedValue: null,
  filingChannel: 'ONLINE',
};

describe('applicationContentHash', () => {
  it('is 64 hex characters and deterministic', () => {
    expect(applicationContentHash(BASE)).toMatch(/^[0-9a-f]{64}$/);
    expect(applicationContentHash({ ...BASE })).toBe(applicationContentHash(BASE));
  });

  it.each<[string, Partial<ApplicationContent>]>([
    ['consents in another order', { coOwnerConsents: [...BASE.coOwnerConsents].reverse() }],
    ['risks in another order', { acknowledgedRisks: [...BASE.acknowledgedRisks].reverse() }],
    ['upper-case ids', { pledgorPartyId: BASE.pledgorPartyId.toUpperCase() }],
    ['lower-case credit code', { coOwnerConsents: ['91350100m000100y43', '55555555-5555-4555-8555-555555555555'] }],
  ])('ignores %s', (_label, change) => {
    expect(applicationContentHash({ ...BASE, ...change })).toBe(applicationContentHash(BASE));
  });

  it.each<[string, Partial<ApplicationContent>]>([
    ['amount', { claimAmount: '5000000.0100' }],
    ['currency', { claimCurrency: 'USD' }],
    ['due date', { debtorDueDate: '2027-07-01' }],
    ['asset order', { assetIds: [...BASE.assetIds].reverse() }],
    ['scope', { guaranteeScope: 'principal' }],
    ['forfeiture', { forfeitureClause: true }],
    ['appraisal', { appraisedValue: '100.0000' }],
    ['channel', { filingChannel: 'PAPER' }],
    ['pledgee', { pledgeePartyId: '66666666-6666-4666-8666-666666666666' }],
  ])('changes with the %s', (_label, change) => {
    expect(applicationContentHash({ ...BASE, ...change })).not.toBe(applicationContentHash(BASE));
  });
});
