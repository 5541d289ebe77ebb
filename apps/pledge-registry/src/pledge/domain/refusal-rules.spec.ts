import fc from 'fast-check';
import { IpKind, IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';
import {
  REFUSAL_CODES,
  checkPledgeApplication,
  examinePledgeApplication,
  type AssetFacts,
  type PledgeApplication,
  type PledgeFacts,
  type PledgePolicy,
  type RefusalCode,
} from './refusal-rules.js';

const PLEDGOR = 'party-sme';
const PLEDGOR_CODE = '91350100M000100Y43';
const PLEDGEE = 'party-bank';
const CO_OWNER = 'party-university';

interface Case {
  app: PledgeApplication;
  facts: PledgeFacts;
  policy: PledgePolicy;
}

function asset(assetId: string, overrides: Partial<AssetFacts> = {}): AssetFacts {
  return {
    assetId,
    number: `ZL2015101234${assetId.length}.X`,
    title: 'Battery electrode coating',
    kind: IpKind.INVENTION,
    filingDate: '2015-03-10',
    grantDate: '2018-06-01',
    expiryDate: '2035-03-10',
    legalStatus: IpLegalStatus.GRANTED,
    flags: { invalidationPending: false, ownershipDispute: false, courtPreservation: false },
    owners: [{ partyId: PLEDGOR, creditCode: PLEDGOR_CODE, share: '100' }],
    activePledge: false,
    ...overrides,
  };
}

/** A registrable application: every test starts from it and breaks one thing. */
function valid(): Case {
  return {
    app: {
      applicationDate: '2025-03-03',
      pledgorPartyId: PLEDGOR,
      pledgeePartyId: PLEDGEE,
      securedClaim: { type: 'LOAN', amount: '5000000.00', currency: 'CNY' },
      debtorDueDate: '2027-03-01',
      assets: [{ assetId: 'A1' }],
      guaranteeScope: 'principal, interest, penalty interest and enforcement costs',
      coOwnerConsents: [],
      acknowledgedRisks: [],
      forfeitureClause: false,
      appraisalReference: null,
    },
    facts: { pledgorCreditCode: PLEDGOR_CODE, assets: [asset('A1')], creditListedPartyIds: [] },
    policy: { creditListEffect: 'REFUSE' },
  };
}

function withAsset(c: Case, overrides: Partial<AssetFacts>): void {
  c.facts = { ...c.facts, assets: [asset('A1', { ...overrides })] };
}

function codes(c: Case): RefusalCode[] {
  return checkPledgeApplication(c.app, c.facts, c.policy).map((r) => r.code);
}

type Mutation = (c: Case) => void;

/** One defect each, with the single code it must produce. */
const SINGLE_DEFECTS: [string, Mutation, RefusalCode][] = [
  [
    'pledgor is not an owner',
    (c) => withAsset(c, { owners: [{ partyId: 'someone-else', creditCode: null, share: '100' }] }),
    'PLEDGOR_NOT_OWNER',
  ],
  ['asset has no owners', (c) => withAsset(c, { owners: [] }), 'PLEDGOR_NOT_OWNER'],
  [
    'co-owner without consent',
    (c) =>
      withAsset(c, {
        owners: [
          { partyId: PLEDGOR, creditCode: null, share: '60' },
          { partyId: CO_OWNER, creditCode: null, share: '40' },
        ],
      }),
    'CO_OWNER_CONSENT_MISSING',
  ],
  [
    'unidentified co-owner cannot consent',
    (c) => {
      c.app.coOwnerConsents = [CO_OWNER];
      withAsset(c, {
        owners: [
          { partyId: PLEDGOR, creditCode: null, share: '50' },
          { partyId: null, creditCode: null, share: '50' },
        ],
      });
    },
    'CO_OWNER_CONSENT_MISSING',
  ],
  [
    'pending application',
    (c) => withAsset(c, { legalStatus: IpLegalStatus.PENDING, grantDate: '2018-06-01' }),
    'NOT_GRANTED',
  ],
  ['lapsed', (c) => withAsset(c, { legalStatus: IpLegalStatus.LAPSED }), 'LAPSED'],
  ['recorded as expired', (c) => withAsset(c, { legalStatus: IpLegalStatus.EXPIRED }), 'EXPIRED'],
  ['invalidated', (c) => withAsset(c, { legalStatus: IpLegalStatus.INVALIDATED }), 'INVALIDATED'],
  ['fee grace period counts as unpaid', (c) => withAsset(c, { legalStatus: IpLegalStatus.FEE_GRACE }), 'FEES_UNPAID'],
  [
    'ownership dispute',
    (c) => withAsset(c, { flags: { invalidationPending: false, ownershipDispute: true, courtPreservation: false } }),
    'OWNERSHIP_DISPUTE',
  ],
  [
    'court preservation',
    (c) => withAsset(c, { flags: { invalidationPending: false, ownershipDispute: false, courtPreservation: true } }),
    'COURT_PRESERVATION',
  ],
  ['due date after expiry', (c) => (c.app.debtorDueDate = '2035-06-01'), 'DUE_DATE_AFTER_EXPIRY'],
  [
    'due date on the expiry day (first unprotected day)',
    (c) => (c.app.debtorDueDate = '2035-03-10'),
    'DUE_DATE_AFTER_EXPIRY',
  ],
  ['already pledged', (c) => withAsset(c, { activePledge: true }), 'ALREADY_PLEDGED'],
  [
    'invalidation pending, not acknowledged',
    (c) => withAsset(c, { flags: { invalidationPending: true, ownershipDispute: false, courtPreservation: false } }),
    'INVALIDATION_RISK_NOT_ACKNOWLEDGED',
  ],
  [
    'invalidation acknowledged for another asset only',
    (c) => {
      c.app.acknowledgedRisks = [{ assetId: 'A2', risk: 'INVALIDATION_PENDING' }];
      withAsset(c, { flags: { invalidationPending: true, ownershipDispute: false, courtPreservation: false } });
    },
    'INVALIDATION_RISK_NOT_ACKNOWLEDGED',
  ],
  ['forfeiture clause', (c) => (c.app.forfeitureClause = true), 'FORFEITURE_CLAUSE'],
  ['amount zero', (c) => (c.app.securedClaim = { ...c.app.securedClaim, amount: '0.00' }), 'AMOUNT_NOT_POSITIVE'],
  ['amount negative', (c) => (c.app.securedClaim = { ...c.app.securedClaim, amount: '-1' }), 'AMOUNT_NOT_POSITIVE'],
  ['due date before the application date', (c) => (c.app.debtorDueDate = '2025-03-02'), 'DUE_DATE_IN_PAST'],
  ['pledgor credit-listed, policy REFUSE', (c) => (c.facts.creditListedPartyIds = [PLEDGOR]), 'CREDIT_LISTED'],
  ['pledgee credit-listed, policy REFUSE', (c) => (c.facts.creditListedPartyIds = [PLEDGEE]), 'CREDIT_LISTED'],
  ['unknown asset', (c) => (c.app.assets = [{ assetId: 'NOPE' }]), 'ASSET_NOT_FOUND'],
  ['asset listed twice', (c) => (c.app.assets = [{ assetId: 'A1' }, { assetId: 'A1' }]), 'DUPLICATE_ASSET'],
  ['no assets', (c) => (c.app.assets = []), 'MANDATORY_CONTENT_MISSING'],
  ['blank guarantee scope', (c) => (c.app.guaranteeScope = '  '), 'MANDATORY_CONTENT_MISSING'],
];

describe('checkPledgeApplication', () => {
  it('accepts the valid baseline', () => {
    expect(examinePledgeApplication(valid().app, valid().facts, valid().policy)).toEqual({ reasons: [], flags: [] });
  });

  it.each(SINGLE_DEFECTS)('%s -> %s', (_label, mutate, code) => {
    const c = valid();
    mutate(c);
    expect(codes(c)).toEqual([code]);
  });

  it.each([
    [
      'GRANTED but expired on the application date (stale status)',
      IpLegalStatus.GRANTED,
      '2025-03-03',
      ['EXPIRED', 'DUE_DATE_AFTER_EXPIRY'],
    ],
    ['FEE_GRACE past its expiry date', IpLegalStatus.FEE_GRACE, '2025-01-01', ['EXPIRED', 'DUE_DATE_AFTER_EXPIRY']],
    ['GRANTED, expiring the day after the application', IpLegalStatus.GRANTED, '2025-03-04', ['DUE_DATE_AFTER_EXPIRY']],
    ['FEE_GRACE, not yet expired', IpLegalStatus.FEE_GRACE, '2035-03-10', ['FEES_UNPAID']],
  ] as const)(
    'uses the effective status as of the application date: %s',
    (_label, legalStatus, expiryDate, expected) => {
      const c = valid();
      withAsset(c, { legalStatus, expiryDate });
      expect(codes(c)).toEqual(expected);
    },
  );

  it.each([
    ['pledgorPartyId', (c: Case) => (c.app.pledgorPartyId = '')],
    ['pledgeePartyId', (c: Case) => (c.app.pledgeePartyId = ' ')],
    ['securedClaim.type', (c: Case) => (c.app.securedClaim = { ...c.app.securedClaim, type: '' })],
    ['securedClaim.amount', (c: Case) => (c.app.securedClaim = { ...c.app.securedClaim, amount: '' })],
    ['securedClaim.amount', (c: Case) => (c.app.securedClaim = { ...c.app.securedClaim, amount: '1,000' })],
    ['securedClaim.currency', (c: Case) => (c.app.securedClaim = { ...c.app.securedClaim, currency: '' })],
    ['debtorDueDate', (c: Case) => (c.app.debtorDueDate = '')],
    ['debtorDueDate', (c: Case) => (c.app.debtorDueDate = '2027-02-30')],
    ['guaranteeScope', (c: Case) => (c.app.guaranteeScope = '')],
    ['assets', (c: Case) => (c.app.assets = [])],
    ['assets[A1].number', (c: Case) => withAsset(c, { number: '' })],
    ['assets[A1].title', (c: Case) => withAsset(c, { title: '' })],
    ['assets[A1].filingDate', (c: Case) => withAsset(c, { filingDate: '' })],
    ['assets[A1].grantDate', (c: Case) => withAsset(c, { grantDate: null })],
  ])('names the missing item %s', (field, mutate) => {
    const c = valid();
    mutate(c);
    const reasons = checkPledgeApplication(c.app, c.facts, c.policy);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ code: 'MANDATORY_CONTENT_MISSING', field });
    expect(reasons[0]?.message).toContain(field);
  });

  it.each([
    ['by party id', [CO_OWNER], [{ partyId: CO_OWNER, creditCode: null, share: '40' }]],
    [
      'by credit code, case-insensitively',
      ['91110000400000000x'],
      [{ partyId: null, creditCode: '91110000400000000X', share: '40' }],
    ],
    [
      'two co-owners, both consenting',
      [CO_OWNER, 'party-other'],
      [
        { partyId: CO_OWNER, creditCode: null, share: '20' },
        { partyId: 'party-other', creditCode: null, share: '20' },
      ],
    ],
  ])('accepts co-owner consent %s', (_label, consents, others) => {
    const c = valid();
    c.app.coOwnerConsents = consents;
    withAsset(c, { owners: [{ partyId: PLEDGOR, creditCode: null, share: '60' }, ...others] });
    expect(codes(c)).toEqual([]);
  });

  it('matches the pledgor through its credit code when the owner has no party id', () => {
    const c = valid();
    withAsset(c, { owners: [{ partyId: null, creditCode: PLEDGOR_CODE.toLowerCase(), share: '100' }] });
    expect(codes(c)).toEqual([]);
  });

  it('names each co-owner lacking consent', () => {
    const c = valid();
    c.app.coOwnerConsents = ['party-b'];
    withAsset(c, {
      owners: [
        { partyId: PLEDGOR, creditCode: null, share: '40' },
        { partyId: 'party-a', creditCode: null, share: '20' },
        { partyId: 'party-b', creditCode: null, share: '20' },
        { partyId: null, creditCode: '91110000400000000X', share: '20' },
      ],
    });
    const [reason] = checkPledgeApplication(c.app, c.facts, c.policy);
    expect(reason).toMatchObject({ code: 'CO_OWNER_CONSENT_MISSING', assetId: 'A1' });
    expect(reason?.message).toContain('party-a');
    expect(reason?.message).toContain('91110000400000000X');
    expect(reason?.message).not.toContain('party-b');
  });

  it('accepts an acknowledged invalidation risk', () => {
    const c = valid();
    c.app.acknowledgedRisks = [{ assetId: 'A1', risk: 'INVALIDATION_PENDING' }];
    withAsset(c, { flags: { invalidationPending: true, ownershipDispute: false, courtPreservation: false } });
    expect(codes(c)).toEqual([]);
  });

  it('accepts a due date on the application date and the day before expiry', () => {
    const c = valid();
    c.app.debtorDueDate = '2025-03-03';
    expect(codes(c)).toEqual([]);
    c.app.debtorDueDate = '2035-03-09';
    expect(codes(c)).toEqual([]);
  });

  it.each([
    ['REFUSE', ['CREDIT_LISTED'], []],
    ['MANUAL_REVIEW', [], [PLEDGEE]],
    ['IGNORE', [], []],
  ] as const)('credit list under policy %s', (effect, reasonCodes, flaggedParties) => {
    const c = valid();
    c.facts.creditListedPartyIds = [PLEDGEE, 'party-unrelated'];
    c.policy = { creditListEffect: effect };
    const result = examinePledgeApplication(c.app, c.facts, c.policy);
    expect(result.reasons.map((r) => r.code)).toEqual(reasonCodes);
    expect(result.flags.map((f) => f.partyId)).toEqual(flaggedParties);
    expect(result.flags.every((f) => f.code === 'CREDIT_LISTED')).toBe(true);
  });

  it('reports every failing ground at once, per asset, in a stable order', () => {
    const c = valid();
    c.app.assets = [{ assetId: 'A1' }, { assetId: 'A2' }];
    c.app.forfeitureClause = true;
    c.app.securedClaim = { ...c.app.securedClaim, amount: '0' };
    c.facts.assets = [
      asset('A1', { legalStatus: IpLegalStatus.FEE_GRACE, activePledge: true }),
      asset('A2', {
        kind: IpKind.UTILITY_MODEL,
        expiryDate: '2025-12-31',
        owners: [{ partyId: 'stranger', creditCode: null, share: '100' }],
        flags: { invalidationPending: true, ownershipDispute: true, courtPreservation: true },
      }),
    ];
    expect(checkPledgeApplication(c.app, c.facts, c.policy).map((r) => [r.code, r.assetId])).toEqual([
      ['AMOUNT_NOT_POSITIVE', undefined],
      ['FORFEITURE_CLAUSE', undefined],
      ['FEES_UNPAID', 'A1'],
      ['ALREADY_PLEDGED', 'A1'],
      ['PLEDGOR_NOT_OWNER', 'A2'],
      ['OWNERSHIP_DISPUTE', 'A2'],
      ['COURT_PRESERVATION', 'A2'],
      ['DUE_DATE_AFTER_EXPIRY', 'A2'],
      ['INVALIDATION_RISK_NOT_ACKNOWLEDGED', 'A2'],
    ]);
  });

  it('only emits codes from REFUSAL_CODES, each with a message', () => {
    for (const [, mutate] of SINGLE_DEFECTS) {
      const c = valid();
      mutate(c);
      for (const reason of checkPledgeApplication(c.app, c.facts, c.policy)) {
        expect(REFUSAL_CODES).toContain(reason.code);
        expect(reason.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a malformed application date', () => {
    const c = valid();
    c.app.applicationDate = '2025-3-3';
    expect(() => checkPledgeApplication(c.app, c.facts, c.policy)).toThrow(RangeError);
  });
});

describe('checkPledgeApplication properties', () => {
  /** Defects touching disjoint inputs, so their reasons must simply add up. */
  const INDEPENDENT: [Mutation, RefusalCode][] = [
    [(c) => (c.app.forfeitureClause = true), 'FORFEITURE_CLAUSE'],
    [(c) => (c.app.securedClaim = { ...c.app.securedClaim, amount: '-5' }), 'AMOUNT_NOT_POSITIVE'],
    [(c) => (c.app.guaranteeScope = ''), 'MANDATORY_CONTENT_MISSING'],
    [(c) => (c.facts.creditListedPartyIds = [PLEDGEE]), 'CREDIT_LISTED'],
    [(c) => ((c.facts.assets[0] as AssetFacts).activePledge = true), 'ALREADY_PLEDGED'],
    [(c) => ((c.facts.assets[0] as AssetFacts).legalStatus = IpLegalStatus.LAPSED), 'LAPSED'],
    [(c) => ((c.facts.assets[0] as AssetFacts).flags.ownershipDispute = true), 'OWNERSHIP_DISPUTE'],
    [(c) => ((c.facts.assets[0] as AssetFacts).flags.courtPreservation = true), 'COURT_PRESERVATION'],
    [(c) => ((c.facts.assets[0] as AssetFacts).flags.invalidationPending = true), 'INVALIDATION_RISK_NOT_ACKNOWLEDGED'],
    [
      (c) => ((c.facts.assets[0] as AssetFacts).owners = [{ partyId: 'x', creditCode: null, share: '100' }]),
      'PLEDGOR_NOT_OWNER',
    ],
  ];

  it('reports all defects at once: the codes of a combination are the union of the single ones', () => {
    fc.assert(
      fc.property(fc.subarray(INDEPENDENT), (chosen) => {
        const c = valid();
        for (const [mutate] of chosen) mutate(c);
        const expected = chosen.map(([, code]) => code).sort();
        expect([...codes(c)].sort()).toEqual(expected);
      }),
    );
  });

  it('a positive amount never triggers AMOUNT_NOT_POSITIVE; zero or less always does', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 99 }),
        (negative, units, cents) => {
          const c = valid();
          const amount = `${negative ? '-' : ''}${units}.${String(cents).padStart(2, '0')}`;
          c.app.securedClaim = { ...c.app.securedClaim, amount };
          const positive = !negative && (units > 0n || cents > 0);
          expect(codes(c).includes('AMOUNT_NOT_POSITIVE')).toBe(!positive);
        },
      ),
    );
  });
});
