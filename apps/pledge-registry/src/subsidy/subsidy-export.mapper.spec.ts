import { Decimal } from '@app/money';
import { readXlsx, writeCsv, writeXlsx } from '@app/report-export';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { SubsidyClaimStatus, SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';
import { SubsidyClaimModel, SubsidyFirmYearTotalModel } from '@registry/subsidy/dto/subsidy-claim.dto.js';
import type { SubsidyClaimEntity } from '@registry/subsidy/subsidy-claim.entity.js';
import { claimsScope, firmTotalsTable, subsidyClaimsTable } from './subsidy-export.mapper.js';

const LOAN = '11111111-1111-4111-8111-111111111111';
const FIRM = '22222222-2222-4222-8222-222222222222';
const RULE = '33333333-3333-4333-8333-333333333333';

/** A claim as the ledger stores it, read through the same model as `subsidyClaims`. */
function claim(overrides: Partial<SubsidyClaimEntity>): SubsidyClaimModel {
  return SubsidyClaimModel.from({
    id: '44444444-4444-4444-8444-444444444444',
    city: '苏州',
    kind: SubsidyKind.INTEREST_LPR_SHARE,
    periodYear: 2024,
    periodQuarter: 3,
    periodStart: '2024-07-01',
    periodEnd: '2024-10-01',
    loanId: LOAN,
    borrowerPartyId: FIRM,
    ruleVersionId: RULE,
    baseAmount: new Decimal('8723.8900'),
    rate: new Decimal('0.20000000'),
    computedAmount: new Decimal('1744.7800'),
    cappedAmount: new Decimal('1744.7800'),
    currency: 'CNY',
    capNote: null,
    details: { segments: [] },
    status: SubsidyClaimStatus.COMPUTED,
    screening: SubsidyScreening.CLEAR,
    rejectionReason: null,
    reviewNote: null,
    computedBy: null,
    decidedBy: null,
    paidOn: null,
    paidBy: null,
    ...overrides,
  } as SubsidyClaimEntity);
}

describe('subsidyClaimsTable', () => {
  const paid = claim({
    status: SubsidyClaimStatus.PAID,
    paidOn: '2025-01-15',
    capNote: 'PER_FIRM_YEAR',
    cappedAmount: new Decimal('1000.0000'),
    reviewNote: '=credit list checked',
  });
  // The smallest share numeric(12,8) holds keeps its digits (no exponent, no rounding to the shown places).
  const tiny = claim({ kind: SubsidyKind.APPRAISAL_FEE, rate: new Decimal('0.00000001') });

  it('writes one row per claim with money as decimals, the share as a percent and empty optional cells', () => {
    const table = subsidyClaimsTable({ city: '苏州', year: 2024, quarter: 3 }, [paid, tiny]);
    expect(table.title).toBe('Subsidy claims: 苏州 2024 Q3');
    expect(table.columns.map((c) => c.header)).toContain('Paid on');
    const csv = new TextDecoder().decode(writeCsv(table)).split('\r\n');
    expect(csv[0]).toBe(
      'Claim ID,City,Year,Quarter,Period start,Period end (exclusive),Kind,Loan ID,Borrower party ID,' +
        'Rule version ID,Base amount (CNY),Rate,Computed (CNY),Capped (CNY),Cap note,Status,Screening,' +
        'Rejection reason,Review note,Paid on',
    );
    expect(csv[1]).toBe(
      `${paid.id},苏州,2024,3,2024-07-01,2024-10-01,INTEREST_LPR_SHARE,${LOAN},${FIRM},${RULE},8723.89,0.2,` +
        `1744.78,1000.00,PER_FIRM_YEAR,PAID,CLEAR,,'=credit list checked,2025-01-15`,
    );
    expect(csv[2]).toContain(',APPRAISAL_FEE,');
    expect(csv[2]).toContain(',8723.89,0.00000001,1744.78,1744.78,,COMPUTED,CLEAR,,,');
    expect(csv).toHaveLength(4);
  });

  it('keeps the exact digits and types in XLSX', () => {
    const sheet = readXlsx(writeXlsx(subsidyClaimsTable({ city: '苏州' }, [paid, tiny])));
    expect(sheet.sheetName).toBe('Subsidy claims');
    expect(sheet.rows[0]?.[0]?.value).toBe('Subsidy claims: 苏州');
    const [first, second] = sheet.rows.slice(2);
    expect(first?.[10]).toEqual({ type: 'number', value: '8723.89', format: '#,##0.00' });
    expect(first?.[11]).toEqual({ type: 'number', value: '0.2', format: '0.00%' });
    expect(first?.[19]).toEqual({
      type: 'number',
      value: String(Date.UTC(2025, 0, 15) / 86_400_000 + 25_569),
      format: 'yyyy-mm-dd',
    });
    expect(first?.[18]).toEqual({ type: 'text', value: '=credit list checked', format: null });
    expect(second?.[11]?.value).toBe('0.00000001');
    expect(second?.[19] ?? null).toBeNull();
  });

  it.each([
    [{ city: 'Wuxi' }, 'Wuxi'],
    [{ city: 'Wuxi', year: 2024 }, 'Wuxi 2024'],
    [{ city: 'Wuxi', year: null, quarter: 2 }, 'Wuxi Q2'],
  ])('names the scope %j as "%s"', (scope, expected) => {
    expect(claimsScope(scope)).toBe(expected);
  });
});

describe('firmTotalsTable', () => {
  const row = (overrides: Partial<Parameters<typeof SubsidyFirmYearTotalModel.from>[0]>) =>
    SubsidyFirmYearTotalModel.from({
      borrower_party_id: FIRM,
      kind: SubsidyKind.INTEREST_LPR_SHARE,
      claimed: '4723.8900',
      approved: '1000',
      paid: '0',
      cap: '5000.0000',
      remaining: '276.11',
      ...overrides,
    });

  it('writes a row per firm and kind in cents, the cap and remaining empty where no cap applies', () => {
    const table = firmTotalsTable('苏州', 2024, [
      row({}),
      row({ kind: SubsidyKind.APPRAISAL_FEE, cap: null, remaining: null }),
    ]);
    expect(table.title).toBe('Subsidy firm totals: 苏州 2024');
    expect(table.rows).toEqual([
      [FIRM, 'INTEREST_LPR_SHARE', '4723.89', '1000.00', '0.00', '5000.00', '276.11'],
      [FIRM, 'APPRAISAL_FEE', '4723.89', '1000.00', '0.00', null, null],
    ]);
    const csv = new TextDecoder().decode(writeCsv(table));
    expect(csv).toContain(`\r\n${FIRM},APPRAISAL_FEE,4723.89,1000.00,0.00,,\r\n`);
    const sheet = readXlsx(writeXlsx(table));
    expect(sheet.rows[1]?.map((c) => c?.value)).toEqual([
      'Borrower party ID',
      'Kind',
      'Claimed (CNY)',
      'Approved (CNY)',
      'Paid (CNY)',
      'Cap per firm (CNY)',
      'Remaining (CNY)',
    ]);
    expect(sheet.rows[2]?.[5]).toEqual({ type: 'number', value: '5000.00', format: '#,##0.00' });
  });

  it('writes a header only when no firm has claims', () => {
    const table = firmTotalsTable('苏州', 2030, []);
    expect(new TextDecoder().decode(writeCsv(table)).split('\r\n')).toHaveLength(2);
    expect(readXlsx(writeXlsx(table)).rows).toHaveLength(2);
  });
});
