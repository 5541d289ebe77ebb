import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '@app/money';
import { LocalDateScalar } from '@app/platform';
import { TrancheClass } from '@registry/securitization/pool-tranche.entity.js';

export enum ProjectionTriggerState {
  NORMAL = 'NORMAL',
  TRAP_50 = 'TRAP_50',
  TRAP_100 = 'TRAP_100',
  RAPID_AMORTISATION = 'RAPID_AMORTISATION',
}
registerEnumType(ProjectionTriggerState, {
  name: 'ProjectionTriggerState',
  description: 'NORMAL; TRAP_50 / TRAP_100 (share of excess cash trapped); RAPID_AMORTISATION (for good)',
});

@ObjectType('PoolTranche')
export class PoolTrancheModel {
  @Field()
  name: string;

  @Field(() => TrancheClass)
  trancheClass: TrancheClass;

  @Field(() => DecimalScalar)
  size: string;

  @Field(() => DecimalScalar, { description: 'Annual coupon, a fraction' })
  coupon: string;

  @Field(() => Int, { description: 'Lower pays first' })
  priority: number;
}

@ObjectType('PoolStructure', { description: 'Tranches, fees, credit enhancement and triggers of a pool' })
export class PoolStructureModel {
  @Field(() => [PoolTrancheModel], { description: 'In payment order' })
  tranches: PoolTrancheModel[];

  @Field(() => DecimalScalar, { description: 'Sum of the tranche sizes' })
  noteTotal: string;

  @Field(() => DecimalScalar)
  feeAnnualRateOnPool: string;

  @Field(() => DecimalScalar)
  feeFixedPerPeriod: string;

  @Field(() => DecimalScalar)
  reserveInitialAmount: string;

  @Field(() => DecimalScalar, { nullable: true })
  reserveTargetAmount: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  reserveTargetShareOfNotes: string | null;

  @Field(() => String, { nullable: true })
  guarantorName: string | null;

  @Field(() => DecimalScalar, { description: '0 = no guarantor' })
  guarantorCap: string;

  @Field(() => DecimalScalar, { description: 'In force (the default when none was given)' })
  trap50Below: string;

  @Field(() => DecimalScalar)
  trap100Below: string;

  @Field(() => DecimalScalar)
  rapidAmortisationBelow: string;

  @Field(() => DecimalScalar)
  cumulativeLossRapidAbove: string;

  @Field()
  updatedAt: Date;
}

@ObjectType('TranchePeriod')
export class TranchePeriodModel {
  @Field()
  name: string;

  @Field(() => DecimalScalar, { description: 'Current interest plus unpaid interest carried in' })
  interestDue: string;

  @Field(() => DecimalScalar)
  interestPaid: string;

  @Field(() => DecimalScalar, { description: 'Carried forward (lost after the last period)' })
  interestShortfall: string;

  @Field(() => DecimalScalar)
  principalPaid: string;

  @Field(() => DecimalScalar, { description: 'Closing balance (before the final write-down)' })
  balance: string;
}

@ObjectType('ProjectionPeriod', {
  description:
    'One month of the waterfall. Every period: collections + reserveRelease + reserveDraw + guarantorDraw = feesPaid + interest paid + principal paid + reserveTopUp + residual',
})
export class ProjectionPeriodModel {
  @Field(() => Int)
  period: number;

  @Field(() => ProjectionTriggerState)
  triggerState: ProjectionTriggerState;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Opening performing pool balance / opening senior + mezzanine notes; null once those are repaid',
  })
  coverageRatio: string | null;

  @Field(() => DecimalScalar)
  poolBalanceStart: string;

  @Field(() => DecimalScalar)
  scheduledInterest: string;

  @Field(() => DecimalScalar)
  scheduledPrincipal: string;

  @Field(() => DecimalScalar)
  prepayments: string;

  @Field(() => DecimalScalar)
  recoveries: string;

  @Field(() => DecimalScalar)
  collections: string;

  @Field(() => DecimalScalar)
  defaults: string;

  @Field(() => DecimalScalar)
  losses: string;

  @Field(() => DecimalScalar)
  poolBalanceEnd: string;

  @Field(() => DecimalScalar)
  feesDue: string;

  @Field(() => DecimalScalar)
  feesPaid: string;

  @Field(() => DecimalScalar, {
    description: 'Interest collected less fees and senior and mezzanine interest paid (negative when short)',
  })
  excessSpread: string;

  @Field(() => [TranchePeriodModel])
  tranches: TranchePeriodModel[];

  @Field(() => DecimalScalar)
  reserveRelease: string;

  @Field(() => DecimalScalar)
  reserveDraw: string;

  @Field(() => DecimalScalar)
  reserveTopUp: string;

  @Field(() => DecimalScalar)
  reserveBalance: string;

  @Field(() => DecimalScalar)
  guarantorDraw: string;

  @Field(() => DecimalScalar, { description: 'Excess cash trapped and paid as extra senior / mezzanine principal' })
  trappedCash: string;

  @Field(() => DecimalScalar, { description: 'Principal owed to the notes but not yet paid' })
  principalDeficiency: string;

  @Field(() => DecimalScalar, { description: 'To the seller / equity' })
  residual: string;
}

@ObjectType('TrancheProjection')
export class TrancheProjectionModel {
  @Field()
  name: string;

  @Field(() => TrancheClass)
  trancheClass: TrancheClass;

  @Field(() => DecimalScalar)
  size: string;

  @Field(() => DecimalScalar)
  totalInterest: string;

  @Field(() => DecimalScalar)
  totalPrincipal: string;

  @Field(() => DecimalScalar, { description: 'Principal unpaid after the last period, written off' })
  writeDown: string;

  @Field(() => DecimalScalar, { description: 'Interest due but never paid' })
  interestLoss: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Years; null when no principal was repaid' })
  weightedAverageLifeYears: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annualised IRR bought at par; null if none exists' })
  annualYield: string | null;

  @Field(() => [DecimalScalar], { description: 'Interest + principal received, per period' })
  cashFlows: string[];
}

@ObjectType('ProjectionTotals')
export class ProjectionTotalsModel {
  @Field(() => DecimalScalar)
  collections: string;

  @Field(() => DecimalScalar)
  defaults: string;

  @Field(() => DecimalScalar)
  losses: string;

  @Field(() => DecimalScalar)
  feesPaid: string;

  @Field(() => DecimalScalar)
  guarantorDraw: string;

  @Field(() => DecimalScalar)
  residual: string;
}

@ObjectType('PoolProjection', {
  description:
    "The pool's INCLUDED loans and receivables run through its structure under the assumptions; stored nowhere",
})
export class PoolProjectionModel {
  @Field(() => ID)
  poolId: string;

  @Field(() => LocalDateScalar, { description: 'Cut-off: balances and remaining terms as of this day' })
  asOf: string;

  @Field(() => Int, { description: 'Underlyings projected (those with a balance left)' })
  loanCount: number;

  @Field(() => DecimalScalar)
  initialPoolBalance: string;

  @Field(() => DecimalScalar)
  noteTotal: string;

  @Field(() => DecimalScalar, { description: 'Pool balance above the notes' })
  overcollateralisation: string;

  @Field(() => ProjectionTotalsModel)
  totals: ProjectionTotalsModel;

  @Field(() => [TrancheProjectionModel], { description: 'In payment order' })
  tranches: TrancheProjectionModel[];

  @Field(() => [ProjectionPeriodModel])
  periods: ProjectionPeriodModel[];
}
