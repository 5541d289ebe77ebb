import { Decimal } from '@app/money';
import { ratio } from '@registry/program/domain/ratio.js';

/** One loan rollup cell: loans disbursed and principal (CNY) of a year, quarter and dimension value. */
export interface LoanCell {
  year: number;
  quarter: number;
  dimension: string;
  value: string;
  loans: number;
  amount: string;
}

export interface LoanVolume {
  loans: number;
  amount: Decimal;
}

export interface KeyedLoanVolume extends LoanVolume {
  key: string;
}

/** Disbursed-loan figures of a year for the dashboard. */
export interface LoanFigures {
  quarters: (LoanVolume & { quarter: number })[];
  total: LoanVolume;
  previousYearTotal: LoanVolume;
  byLender: KeyedLoanVolume[];
  bySizeBand: KeyedLoanVolume[];
  /** Share of disbursed loans with a principal under 10 million yuan, by count (4 places); null without loans. */
  underTenMillionShare: Decimal | null;
  /** The same share by principal. */
  underTenMillionAmountShare: Decimal | null;
}

const NONE: LoanVolume = { loans: 0, amount: new Decimal(0) };

function add(v: LoanVolume, c: LoanCell): LoanVolume {
  return { loans: v.loans + c.loans, amount: v.amount.plus(c.amount) };
}

function sum(cells: readonly LoanCell[]): LoanVolume {
  return cells.reduce(add, NONE);
}

function byKey(cells: readonly LoanCell[], dimension: string): KeyedLoanVolume[] {
  const sums = new Map<string, LoanVolume>();
  for (const c of cells.filter((x) => x.dimension === dimension)) sums.set(c.value, add(sums.get(c.value) ?? NONE, c));
  return [...sums.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.amount.comparedTo(a.amount) || a.key.localeCompare(b.key));
}

/** The loan figures of `year` from the cells of that year and the previous one; pure. */
export function buildLoanFigures(year: number, cells: readonly LoanCell[]): LoanFigures {
  const current = cells.filter((c) => c.year === year);
  const totals = current.filter((c) => c.dimension === 'TOTAL');
  const quarters = [1, 2, 3, 4].map((quarter) => ({ quarter, ...sum(totals.filter((c) => c.quarter === quarter)) }));
  const total = sum(totals);
  const bySizeBand = byKey(current, 'BAND');
  const under = bySizeBand.find((b) => b.key === 'UNDER_10M') ?? NONE;
  return {
    quarters,
    total,
    previousYearTotal: sum(cells.filter((c) => c.year === year - 1 && c.dimension === 'TOTAL')),
    byLender: byKey(current, 'LENDER'),
    bySizeBand,
    underTenMillionShare: ratio(new Decimal(under.loans), new Decimal(total.loans)),
    underTenMillionAmountShare: ratio(under.amount, total.amount),
  };
}
