import { assessLtv } from '@web/pages/bank/policy/ltv-policy';
import { preSubmitChecks, type CheckedApplication, type CheckedAsset } from '@web/pages/bank/reviews/pre-submit-checks';

const TODAY = '2026-11-21';
const application: CheckedApplication = {
  pledgorPartyId: 'sme',
  debtorDueDate: '2027-11-21',
  forfeitureClause: false,
  acknowledgedRisks: [],
  coOwnerConsents: [],
};
const clean: CheckedAsset = {
  id: 'a1',
  number: 'CN1',
  legalStatus: 'GRANTED',
  expiryDate: '2040-01-01',
  riskFlags: { invalidationPending: false, ownershipDispute: false, courtPreservation: false },
  owners: [{ partyId: 'sme', creditCode: '91320500MA1X', name: 'Lianxin' }],
  livePledges: [],
  stale: false,
  valued: true,
};
const messages = (assets: CheckedAsset[], change: Partial<CheckedApplication> = {}) =>
  preSubmitChecks({ ...application, ...change }, assets, null, TODAY, 'CNY').map((c) => `${c.severity}: ${c.message}`);

describe('checks before the bank signs', () => {
  it('finds nothing on a clean file', () => {
    expect(messages([clean])).toEqual([]);
  });

  it('names each refusal ground the register data shows, as a sentence', () => {
    expect(
      messages([
        {
          ...clean,
          legalStatus: 'LAPSED',
          expiryDate: '2027-06-30',
          riskFlags: { invalidationPending: true, ownershipDispute: true, courtPreservation: true },
          livePledges: ['ZL2026-0001'],
        },
      ]),
    ).toEqual([
      'refusal: CN1 has lapsed.',
      'refusal: CN1 is under an ownership dispute.',
      'refusal: CN1 is frozen by a court preservation order.',
      'refusal: CN1 has an invalidation request pending and the parties have not acknowledged that risk.',
      'refusal: CN1 expires on 30 Jun 2027, before the debt is due on 21 Nov 2027.',
      'refusal: CN1 is already pledged (registration ZL2026-0001).',
    ]);
  });

  it('accepts an acknowledged invalidation risk and consenting co-owners; names missing ones', () => {
    const risky = { ...clean, riskFlags: { ...clean.riskFlags, invalidationPending: true } };
    expect(messages([risky], { acknowledgedRisks: [{ assetId: 'a1', risk: 'INVALIDATION_PENDING' }] })).toEqual([]);
    const coOwned = {
      ...clean,
      owners: [...clean.owners, { partyId: null, creditCode: '91110000X', name: 'Partner Co' }],
    };
    expect(messages([coOwned])).toEqual(['refusal: CN1 is co-owned: consent of Partner Co is missing.']);
    expect(messages([coOwned], { coOwnerConsents: ['91110000X'] })).toEqual([]);
    expect(messages([{ ...clean, owners: [{ partyId: 'other', name: 'Other Co' }] }])).toEqual([
      'refusal: The pledgor is not a registered owner of CN1.',
    ]);
  });

  it('flags the contract and the dates, the fee grace period and a pending patent', () => {
    expect(
      messages(
        [
          { ...clean, legalStatus: 'FEE_GRACE' },
          { ...clean, number: 'CN2', legalStatus: 'PENDING' },
        ],
        {
          forfeitureClause: true,
          debtorDueDate: '2026-11-20',
        },
      ),
    ).toEqual([
      "refusal: The debtor's due date 20 Nov 2026 has passed.",
      'refusal: The contract has a forfeiture clause, which the registrar refuses.',
      'refusal: CN1 is in the fee grace period: its annual fee is unpaid.',
      'refusal: CN2 is not granted yet.',
    ]);
  });

  it("adds the bank's own policy as warnings: valuation missing or stale, LTV above policy", () => {
    const policy = {
      inventionLtvCap: '0.25',
      utilityModelLtvCap: '0.15',
      designLtvCap: '0',
      trademarkLtvCap: '0.5',
      haircut: '0',
      minRemainingLifeYears: 5,
      ltvCapByRemainingLife: [],
    };
    const ltv = assessLtv(
      '300000',
      [{ id: 'a1', number: 'CN1', kind: 'INVENTION', remainingLifeDays: 5000, value: '1000000' }],
      policy,
    );
    const checks = preSubmitChecks(application, [{ ...clean, stale: true }], ltv, TODAY, 'CNY');
    expect(checks).toEqual([
      { severity: 'warning', message: 'The latest valuation of CN1 is stale for your policy.' },
      {
        severity: 'warning',
        message: 'The secured claim is above the CNY 250,000 your policy lends against these valuations.',
      },
    ]);
    expect(messages([{ ...clean, valued: false }])).toEqual(['warning: CN1 has no valuation yet.']);
  });
});
