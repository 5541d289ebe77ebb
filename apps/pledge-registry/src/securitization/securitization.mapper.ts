import type { Decimal } from '@app/money';
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
import type { PoolCandidateEntity } from './pool-candidate.entity.js';
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
