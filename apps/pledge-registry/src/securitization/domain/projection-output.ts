import { Decimal } from '@app/money';
import type { PoolProjection, ProjectionPeriod } from '@app/securitization-engine';
import type {
  PoolProjectionModel,
  ProjectionPeriodModel,
  ProjectionTriggerState,
  TrancheProjectionModel,
} from '@registry/securitization/dto/structure.model.js';

/** The engine's result as the API returns it: decimal strings, nothing else (it crosses a worker boundary). */
export type ProjectionData = Pick<PoolProjectionModel, 'initialPoolBalance' | 'totals' | 'tranches' | 'periods'>;

const money = (d: Decimal): string => d.toFixed(2);

function period(p: ProjectionPeriod, rated: ReadonlySet<string>): ProjectionPeriodModel {
  const ratedInterest = p.tranches
    .filter((t) => rated.has(t.name))
    .reduce((s, t) => s.plus(t.interestPaid), new Decimal(0));
  return {
    period: p.period,
    triggerState: p.triggerState as ProjectionTriggerState,
    coverageRatio: p.coverageRatio?.toFixed(6) ?? null,
    poolBalanceStart: money(p.poolBalanceStart),
    scheduledInterest: money(p.scheduledInterest),
    scheduledPrincipal: money(p.scheduledPrincipal),
    prepayments: money(p.prepayments),
    recoveries: money(p.recoveries),
    collections: money(p.collections),
    defaults: money(p.defaults),
    losses: money(p.losses),
    poolBalanceEnd: money(p.poolBalanceEnd),
    feesDue: money(p.feesDue),
    feesPaid: money(p.feesPaid),
    excessSpread: money(p.scheduledInterest.minus(p.feesPaid).minus(ratedInterest)),
    tranches: p.tranches.map((t) => ({
      name: t.name,
      interestDue: money(t.interestDue),
      interestPaid: money(t.interestPaid),
      interestShortfall: money(t.interestShortfall),
      principalPaid: money(t.principalPaid),
      balance: money(t.balance),
    })),
    reserveRelease: money(p.reserveRelease),
    reserveDraw: money(p.reserveDraw),
    reserveTopUp: money(p.reserveTopUp),
    reserveBalance: money(p.reserveBalance),
    guarantorDraw: money(p.guarantorDraw),
    trappedCash: money(p.trappedCash),
    principalDeficiency: money(p.principalDeficiency),
    residual: money(p.residual),
  };
}

/** Money in cents, coverage to 6 places, WAL to 4 and yield to 8 (as the engine rounds them). */
export function projectionData(projection: PoolProjection): ProjectionData {
  const rated = new Set(projection.tranches.filter((t) => t.trancheClass !== 'SUBORDINATED').map((t) => t.name));
  const t = projection.totals;
  return {
    initialPoolBalance: money(projection.initialPoolBalance),
    totals: {
      collections: money(t.collections),
      defaults: money(t.defaults),
      losses: money(t.losses),
      feesPaid: money(t.feesPaid),
      guarantorDraw: money(t.guarantorDraw),
      residual: money(t.residual),
    },
    tranches: projection.tranches.map((r): TrancheProjectionModel => ({
      name: r.name,
      trancheClass: r.trancheClass as TrancheProjectionModel['trancheClass'],
      size: money(r.size),
      totalInterest: money(r.totalInterest),
      totalPrincipal: money(r.totalPrincipal),
      writeDown: money(r.writeDown),
      interestLoss: money(r.interestLoss),
      weightedAverageLifeYears: r.weightedAverageLifeYears?.toFixed(4) ?? null,
      annualYield: r.annualYield?.toFixed(8) ?? null,
      cashFlows: r.cashFlows.map(money),
    })),
    periods: projection.periods.map((p) => period(p, rated)),
  };
}
