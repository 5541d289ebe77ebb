import {
  buildAreas,
  type AreaCell,
  type AreaVolume,
  type LoanAreaCell,
} from '@registry/program/domain/program-areas.js';
import { Decimal } from '@app/money';
import { daysBetween } from '@registry/ip-asset/domain/iso-date.js';
import { buildLoanFigures, type LoanCell, type LoanFigures } from '@registry/program/domain/loan-volume.js';
import { RATIO_PLACES, ratio } from '@registry/program/domain/ratio.js';

/** One rollup cell: registrations and secured amount (CNY) of a year, quarter and dimension value. */
export interface VolumeCell {
  year: number;
  quarter: number;
  dimension: string;
  value: string;
  registrations: number;
  amount: string;
}

export interface Volume {
  registrations: number;
  amount: Decimal;
}

export interface KeyedVolume extends Volume {
  key: string;
}

export interface ProgramTargetFigures {
  amount: Decimal;
  registrations: number;
  enterprises: number;
}

/** What the policy's "share of loans under 10 million yuan" is measured on. */
export enum SizeShareBasis {
  /** Disbursed loans' principal: used whenever the scope has disbursed loans in the year. */
  LOAN_PRINCIPAL = 'LOAN_PRINCIPAL',
  /** Registered pledges' secured amount: the stand-in before any loan is disbursed. */
  SECURED_AMOUNT = 'SECURED_AMOUNT',
}

export enum ProgramTrack {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  NO_TARGET = 'NO_TARGET',
}

export interface DashboardInput {
  year: number;
  /** Cells of `year` and `year - 1`. */
  cells: readonly VolumeCell[];
  /** Disbursed-loan cells of `year` and `year - 1`. */
  loanCells: readonly LoanCell[];
  /** `year`'s registrations and loans by district and park of the scope. */
  areaCells: readonly AreaCell[];
  loanAreaCells: readonly LoanAreaCell[];
  enterprises: number;
  target: ProgramTargetFigures | null;
  /** Today in the registry's calendar (China time), YYYY-MM-DD. */
  today: string;
  /** Policy growth target as a fraction (0.20 = 20 %). */
  growthTarget: string;
}

export interface DashboardFigures {
  quarters: (Volume & { quarter: number })[];
  total: Volume;
  previousYearTotal: Volume;
  byLender: KeyedVolume[];
  byIpcSection: KeyedVolume[];
  bySizeBand: KeyedVolume[];
  firstTime: Volume;
  enterprises: number;
  /** Share of registrations whose secured amount is under 10 million yuan (0..1, 4 places); null without any. */
  registrationsUnderTenMillionShare: Decimal | null;
  /** The policy's share of loans under 10 million: by loan count when loans were disbursed, else the registrations'. */
  underTenMillionShare: Decimal | null;
  underTenMillionShareBasis: SizeShareBasis;
  loans: LoanFigures;
  byDistrict: AreaVolume[];
  byPark: AreaVolume[];
  /** Fraction of the year elapsed by today (1 for a past year, 0 for a future one). */
  elapsedFraction: Decimal;
  /** Year-to-date / elapsed fraction; null before the year starts. */
  projection: Volume | null;
  /** Amount growth on the previous year, actual and projected (4 places); null without a previous year. */
  growth: Decimal | null;
  projectedGrowth: Decimal | null;
  growthTarget: Decimal;
  growthOnTrack: boolean | null;
  target: ProgramTargetFigures | null;
  /** Year-to-date / target (4 places); null without a target or with a zero target. */
  amountAttainment: Decimal | null;
  registrationsAttainment: Decimal | null;
  enterprisesAttainment: Decimal | null;
  track: ProgramTrack;
}

const ZERO: Volume = { registrations: 0, amount: new Decimal(0) };

function add(a: Volume, registrations: number, amount: string): Volume {
  return { registrations: a.registrations + registrations, amount: a.amount.plus(amount) };
}

/** Days of the year elapsed by `today`, today included, over the year's length. */
export function elapsedFraction(year: number, today: string): Decimal {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear > year) return new Decimal(1);
  if (todayYear < year) return new Decimal(0);
  const start = `${year}-01-01`;
  const days = daysBetween(start, `${year + 1}-01-01`);
  return new Decimal(daysBetween(start, today) + 1).div(days);
}

function byKey(cells: readonly VolumeCell[], dimension: string): KeyedVolume[] {
  const sums = new Map<string, Volume>();
  for (const c of cells.filter((x) => x.dimension === dimension)) {
    sums.set(c.value, add(sums.get(c.value) ?? ZERO, c.registrations, c.amount));
  }
  return [...sums.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.amount.comparedTo(a.amount) || a.key.localeCompare(b.key));
}

/**
 * The dashboard from the rollup cells: pure, so the figures are tested without a database.
 * On track means the run-rate projection reaches the target amount and registrations.
 */
export function buildDashboard(input: DashboardInput): DashboardFigures {
  const current = input.cells.filter((c) => c.year === input.year);
  const previous = input.cells.filter((c) => c.year === input.year - 1 && c.dimension === 'TOTAL');
  const quarters = [1, 2, 3, 4].map((quarter) => ({
    quarter,
    ...current
      .filter((c) => c.dimension === 'TOTAL' && c.quarter === quarter)
      .reduce((v, c) => add(v, c.registrations, c.amount), ZERO),
  }));
  const total = quarters.reduce((v, q) => add(v, q.registrations, q.amount.toString()), ZERO);
  const previousYearTotal = previous.reduce((v, c) => add(v, c.registrations, c.amount), ZERO);
  const bySizeBand = byKey(current, 'BAND');
  const under = bySizeBand.find((b) => b.key === 'UNDER_10M')?.registrations ?? 0;
  const fraction = elapsedFraction(input.year, input.today);
  const projection = fraction.isZero()
    ? null
    : {
        registrations: new Decimal(total.registrations).div(fraction).toDecimalPlaces(0).toNumber(),
        amount: total.amount.div(fraction).toDecimalPlaces(2),
      };
  const growthTarget = new Decimal(input.growthTarget);
  const growthOf = (amount: Decimal): Decimal | null => {
    const r = ratio(amount, previousYearTotal.amount);
    return r === null ? null : r.minus(1);
  };
  const projectedGrowth = projection === null ? null : growthOf(projection.amount);
  const target = input.target;
  const registrationsShare = ratio(new Decimal(under), new Decimal(total.registrations));
  const loans = buildLoanFigures(input.year, input.loanCells);
  const basis = loans.total.loans > 0 ? SizeShareBasis.LOAN_PRINCIPAL : SizeShareBasis.SECURED_AMOUNT;
  return {
    quarters,
    total,
    previousYearTotal,
    byLender: byKey(current, 'LENDER'),
    byIpcSection: byKey(current, 'IPC'),
    bySizeBand,
    firstTime: byKey(current, 'FIRST_TIME')[0] ?? ZERO,
    enterprises: input.enterprises,
    registrationsUnderTenMillionShare: registrationsShare,
    underTenMillionShare: basis === SizeShareBasis.LOAN_PRINCIPAL ? loans.underTenMillionShare : registrationsShare,
    underTenMillionShareBasis: basis,
    loans,
    ...buildAreas(input.areaCells, input.loanAreaCells),
    elapsedFraction: fraction.toDecimalPlaces(RATIO_PLACES),
    projection,
    growth: growthOf(total.amount),
    projectedGrowth,
    growthTarget,
    growthOnTrack: projectedGrowth === null ? null : projectedGrowth.gte(growthTarget),
    target,
    amountAttainment: target === null ? null : ratio(total.amount, target.amount),
    registrationsAttainment:
      target === null ? null : ratio(new Decimal(total.registrations), new Decimal(target.registrations)),
    enterprisesAttainment:
      target === null ? null : ratio(new Decimal(input.enterprises), new Decimal(target.enterprises)),
    track: trackOf(target, projection),
  };
}

function trackOf(target: ProgramTargetFigures | null, projection: Volume | null): ProgramTrack {
  if (target === null) return ProgramTrack.NO_TARGET;
  if (projection === null) return ProgramTrack.AT_RISK;
  return projection.amount.gte(target.amount) && projection.registrations >= target.registrations
    ? ProgramTrack.ON_TRACK
    : ProgramTrack.AT_RISK;
}
