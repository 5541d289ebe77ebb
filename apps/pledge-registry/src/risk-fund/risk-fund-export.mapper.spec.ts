import { Decimal } from '@app/money';
import { readXlsx, writeCsv, writeXlsx } from '@app/report-export';
import { RiskFundClaimStatus, type RiskFundClaimEntity } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundEntryKind } from '@registry/risk-fund/risk-fund-entry.entity.js';
import { toClaimModel, toEntryModel } from '@registry/risk-fund/risk-fund.mapper.js';
import { ledgerTable, riskFundClaimsTable } from './risk-fund-export.mapper.js';

const FUND = '11111111-1111-4111-8111-111111111111';
const CLAIM = '22222222-2222-4222-8222-222222222222';
const d = (text: string): Decimal => new Decimal(text);
const csvLines = (bytes: Uint8Array): string[] => new TextDecoder().decode(bytes).split('\r\n');

function entry(seq: number, kind: RiskFundEntryKind, amount: string, after: string, claimId: string | null = null) {
  return toEntryModel({
    id: `00000000-0000-4000-8000-00000000000${seq}`,
    fundId: FUND,
    seq,
    kind,
    amount: d(amount),
    balanceAfter: d(after),
    claimId,
    bookedOn: '2026-03-0' + String(seq),
    note: seq === 1 ? 'first tranche' : null,
    recordedBy: null,
    createdAt: new Date(Date.UTC(2026, 2, seq, 1, 2, 3, 456)),
  });
}

describe('ledgerTable', () => {
  const entries = [
    entry(1, RiskFundEntryKind.CONTRIBUTION, '100000.0000', '100000.0000'),
    entry(2, RiskFundEntryKind.PAYOUT, '-218204.9900', '-118204.99', CLAIM),
    entry(3, RiskFundEntryKind.RECOVERY, '10000.5', '-108204.49', CLAIM),
  ];

  it('writes the entries in order, signed amounts as decimals, the fund in the title', () => {
    const table = ledgerTable({ name: '苏州 risk fund', currency: 'CNY' }, entries);
    expect(table.title).toBe('Risk fund ledger: 苏州 risk fund (CNY)');
    const lines = csvLines(writeCsv(table));
    expect(lines[0]).toBe('Seq,Booked on,Kind,Amount,Balance after,Claim ID,Note,Entry ID,Recorded at (UTC)');
    expect(lines.slice(1, 4)).toEqual([
      `1,2026-03-01,CONTRIBUTION,100000.00,100000.00,,first tranche,${entries[0]?.id},2026-03-01T01:02:03.456Z`,
      // A negative amount stays a number: no formula prefix on numeric cells.
      `2,2026-03-02,PAYOUT,-218204.99,-118204.99,${CLAIM},,${entries[1]?.id},2026-03-02T01:02:03.456Z`,
      `3,2026-03-03,RECOVERY,10000.50,-108204.49,${CLAIM},,${entries[2]?.id},2026-03-03T01:02:03.456Z`,
    ]);
    const sheet = readXlsx(writeXlsx(table));
    expect(sheet.sheetName).toBe('Risk fund ledger');
    expect(sheet.rows[3]?.[3]).toEqual({ type: 'number', value: '-218204.99', format: '#,##0.00' });
    expect(sheet.rows[3]?.[0]).toEqual({ type: 'number', value: '2', format: '0' });
  });

  it('writes a header only for an empty ledger', () => {
    expect(csvLines(writeCsv(ledgerTable({ name: 'x', currency: 'CNY' }, [])))).toHaveLength(2);
  });
});

describe('riskFundClaimsTable', () => {
  const base = {
    id: CLAIM,
    fundId: FUND,
    enrolmentId: '33333333-3333-4333-8333-333333333333',
    loanId: '44444444-4444-4444-8444-444444444444',
    pledgeId: '55555555-5555-4555-8555-555555555555',
    lenderPartyId: '66666666-6666-4666-8666-666666666666',
    status: RiskFundClaimStatus.PAID,
    currency: 'CNY',
    lossDate: '2026-03-10',
    outstandingPrincipal: d('1000000.0000'),
    unpaidInterest: d('4083.3300'),
    outstandingClaim: d('1004083.3300'),
    appraisedValue: d('2000000.0000'),
    realizedAmount: d('600000.0000'),
    loss: d('404083.3300'),
    ratioVersionId: '77777777-7777-4777-8777-777777777777',
    fundRatio: d('54'),
    bankRatio: d('26'),
    insurerRatio: d('16'),
    appraiserRatio: d('4'),
    fundPart: d('218204.9900'),
    bankPart: d('105061.6800'),
    insurerPart: d('64653.3300'),
    appraiserPart: d('16163.3300'),
    capExcess: d('0'),
    recoveredAmount: d('10000'),
    filedBy: null,
    decidedBy: null,
    decidedAt: new Date('2026-03-11T08:00:00.000Z'),
    decisionNote: 'auction proceeds verified',
    createdAt: new Date('2026-03-10T09:30:00.000Z'),
  } as RiskFundClaimEntity;

  it('writes the loss figures, the ratio applied and the parts as the claim list shows them', () => {
    const table = riskFundClaimsTable([toClaimModel(base)]);
    expect(table.columns).toHaveLength(30);
    expect(table.rows).toEqual([
      [
        CLAIM,
        FUND,
        base.loanId,
        base.pledgeId,
        base.lenderPartyId,
        'PAID',
        'CNY',
        '2026-03-10',
        '1000000.00',
        '4083.33',
        '1004083.33',
        '2000000.00',
        '600000.00',
        '0.3000',
        '1400000.00',
        '404083.33',
        base.ratioVersionId,
        '54',
        '26',
        '16',
        '4',
        '218204.99',
        '105061.68',
        '64653.33',
        '16163.33',
        '0.00',
        '10000.00',
        '2026-03-10T09:30:00.000Z',
        '2026-03-11T08:00:00.000Z',
        'auction proceeds verified',
      ],
    ]);
    const sheet = readXlsx(writeXlsx(table));
    const row = sheet.rows[2];
    expect(row?.[13]).toEqual({ type: 'number', value: '0.3000', format: '0.00%' });
    expect(row?.[15]).toEqual({ type: 'number', value: '404083.33', format: '#,##0.00' });
    expect(row?.[7]?.format).toBe('yyyy-mm-dd');
  });

  it('leaves the appraisal figures and the decision empty for an unappraised claim still FILED', () => {
    const filed = toClaimModel({
      ...base,
      status: RiskFundClaimStatus.FILED,
      appraisedValue: null,
      decidedAt: null,
      decisionNote: null,
    });
    const [row] = riskFundClaimsTable([filed]).rows;
    expect([row?.[5], row?.[11], row?.[13], row?.[14], row?.[28], row?.[29]]).toEqual([
      'FILED',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(csvLines(writeCsv(riskFundClaimsTable([filed])))[1]).toContain(
      ',2026-03-10,1000000.00,4083.33,1004083.33,,600000.00,,,404083.33,',
    );
  });
});
