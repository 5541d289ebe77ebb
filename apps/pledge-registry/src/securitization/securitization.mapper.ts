import { Decimal } from '@app/money';
import { DEFAULT_TRIGGERS } from '@app/securitization-engine';
import type { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import type { Concentration, ConcentrationLimits } from '@registry/securitization/domain/concentration.js';
import { earliestExpiry } from '@registry/securitization/domain/eligibility.js';
import {
  ipcSection,
  monthsUntil,
  yearsUntil,
  type PoolAnalytics,
  type PoolItem,
} from '@registry/securitization/domain/pool-analytics.js';
import {
  PoolAnalyticsModel,
  PoolCandidateModel,
  PoolConcentrationModel,
  RoyaltyReceivableModel,
  SecuritizationPoolModel,
} from '@registry/securitization/dto/securitization.model.js';
import type { PoolStructureModel } from '@registry/securitization/dto/structure.model.js';
import type { PoolCandidateEntity } from './pool-candidate.entity.js';
import type { PoolStructureEntity } from './pool-structure.entity.js';
import type { PoolTrancheEntity } from './pool-tranche.entity.js';
import type { RoyaltyReceivableEntity } from './royalty-receivable.entity.js';
import type { SecuritizationPoolEntity } from './securitization-pool.entity.js';
import type { UnderlyingFacts } from './securitization.repository.js';

const plain = (d: Decimal | null): string | null => (d === null ? null : d.toFixed());
const money = (d: Decimal): string => d.toFixed(2);

export function limitsOf(pool: SecuritizationPoolEntity): ConcentrationLimits {
  return { SINGLE_OBLIGOR: pool.maxObligorShare, INDUSTRY: pool.maxIndustryShare, CITY: pool.maxCityShare };
}

/** The underlying as limits and analytics see it, on `today`. */
export function toPoolItem(f: UnderlyingFacts, today: string): PoolItem {
  const expiry = earliestExpiry(f.expiries);
  return {
    obligor: f.obligor,
    industry: ipcSection(f.firstIpc),
    city: f.city,
    balance: f.balance,
    annualRate: f.annualRate,
    remainingMonths: f.unpaidInstalments ?? (f.maturityDate === null ? 0 : monthsUntil(today, f.maturityDate)),
    pledgeId: f.pledgeId,
    appraisedValue: f.appraisedValue,
    remainingPatentYears: expiry === null ? null : yearsUntil(today, expiry),
  };
}

export function toPoolModel(p: SecuritizationPoolEntity): SecuritizationPoolModel {
  return Object.assign(new SecuritizationPoolModel(), {
    id: p.id,
    name: p.name,
    currency: p.currency,
    arrangerPartyId: p.arrangerPartyId,
    status: p.status,
    requirePledgeRegistered: p.requirePledgeRegistered,
    requirePatentLifeCoversTerm: p.requirePatentLifeCoversTerm,
    requireNotInDefault: p.requireNotInDefault,
    requireObligorNotCreditListed: p.requireObligorNotCreditListed,
    requireNotInAnotherPool: p.requireNotInAnotherPool,
    maxObligorShare: plain(p.maxObligorShare),
    maxIndustryShare: plain(p.maxIndustryShare),
    maxCityShare: plain(p.maxCityShare),
    targetBalance: p.targetBalance === null ? null : money(p.targetBalance),
  });
}

export function toCandidateModel(c: PoolCandidateEntity): PoolCandidateModel {
  return Object.assign(new PoolCandidateModel(), {
    id: c.id,
    poolId: c.poolId,
    kind: c.kind,
    loanId: c.loanId,
    receivableId: c.receivableId,
    status: c.status,
    reasons: c.reasons,
  });
}

export function toReceivableModel(r: RoyaltyReceivableEntity): RoyaltyReceivableModel {
  return Object.assign(new RoyaltyReceivableModel(), {
    id: r.id,
    arrangerPartyId: r.arrangerPartyId,
    licensorPartyId: r.licensorPartyId,
    licenseeName: r.licenseeName,
    assetId: r.assetId,
    outstandingAmount: money(r.outstandingAmount),
    currency: r.currency,
    annualRate: r.annualRate.toFixed(),
    maturityDate: r.maturityDate,
  });
}

const concentration = (c: Concentration): PoolConcentrationModel =>
  Object.assign(new PoolConcentrationModel(), { key: c.key, balance: money(c.balance), share: c.share.toFixed(8) });

export function toAnalyticsModel(a: PoolAnalytics, assets: IpAssetModel[]): PoolAnalyticsModel {
  return Object.assign(new PoolAnalyticsModel(), {
    count: a.count,
    balance: money(a.balance),
    weightedAverageRate: a.weightedAverageRate?.toFixed(8) ?? null,
    weightedAverageRemainingMonths: a.weightedAverageRemainingMonths?.toFixed(2) ?? null,
    ltv: a.ltv?.toFixed(4) ?? null,
    weightedAverageRemainingPatentYears: a.weightedAverageRemainingPatentYears?.toFixed(2) ?? null,
    byObligor: a.byObligor.map(concentration),
    byIndustry: a.byIndustry.map(concentration),
    byCity: a.byCity.map(concentration),
    assets,
  });
}

const ZERO = new Decimal(0);

/** A pool's structure row with its tranches in payment order. */
export interface PoolStructure {
  structure: PoolStructureEntity;
  tranches: PoolTrancheEntity[];
}

/** The thresholds in force: the stored ones, or the engine's defaults where none was given. */
export const effectiveTriggers = (s: PoolStructureEntity) => ({
  trap50Below: s.trap50Below ?? DEFAULT_TRIGGERS.trap50Below,
  trap100Below: s.trap100Below ?? DEFAULT_TRIGGERS.trap100Below,
  rapidAmortisationBelow: s.rapidAmortisationBelow ?? DEFAULT_TRIGGERS.rapidAmortisationBelow,
  cumulativeLossRapidAbove: s.cumulativeLossRapidAbove ?? DEFAULT_TRIGGERS.cumulativeLossRapidAbove,
});

export function toStructureModel({ structure: s, tranches }: PoolStructure): PoolStructureModel {
  const triggers = effectiveTriggers(s);
  return {
    tranches: tranches.map((t) => ({
      name: t.name,
      trancheClass: t.trancheClass,
      size: money(t.size),
      coupon: t.coupon.toFixed(),
      priority: t.priority,
    })),
    noteTotal: money(tranches.reduce((sum, t) => sum.plus(t.size), ZERO)),
    feeAnnualRateOnPool: s.feeAnnualRateOnPool.toFixed(),
    feeFixedPerPeriod: money(s.feeFixedPerPeriod),
    reserveInitialAmount: money(s.reserveInitialAmount),
    reserveTargetAmount: s.reserveTargetAmount === null ? null : money(s.reserveTargetAmount),
    reserveTargetShareOfNotes: s.reserveTargetShareOfNotes?.toFixed() ?? null,
    guarantorName: s.guarantorName,
    guarantorCap: money(s.guarantorCap),
    trap50Below: triggers.trap50Below.toFixed(),
    trap100Below: triggers.trap100Below.toFixed(),
    rapidAmortisationBelow: triggers.rapidAmortisationBelow.toFixed(),
    cumulativeLossRapidAbove: triggers.cumulativeLossRapidAbove.toFixed(),
    updatedAt: s.updatedAt,
  };
}
