import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type DatabaseTuning } from '@app/database';
import { AppUserEntity } from '@registry/party/app-user.entity.js';
import { PartyEntity } from '@registry/party/party.entity.js';
import { IpAssetOwnerEntity } from '@registry/ip-asset/ip-asset-owner.entity.js';
import { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';
import { AuditEventEntity } from '@registry/audit/audit-event.entity.js';
import { CalendarDayEntity } from '@registry/calendar/calendar-day.entity.js';
import { CreditListEntryEntity } from '@registry/credit/credit-list-entry.entity.js';
import { IdempotencyKeyEntity } from '@registry/idempotency/idempotency-key.entity.js';
import { ActivePledgeEntity } from '@registry/pledge/active-pledge.entity.js';
import { PledgeDisposalEntity } from '@registry/pledge/pledge-disposal.entity.js';
import { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import { PledgeVersionEntity } from '@registry/pledge/pledge-version.entity.js';
import { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import { LoanEntity } from '@registry/loan/loan.entity.js';
import { ListingAssetEntity } from '@registry/listing/listing-asset.entity.js';
import { ListingInvitationEntity } from '@registry/listing/listing-invitation.entity.js';
import { ListingEntity } from '@registry/listing/listing.entity.js';
import { OfferEntity } from '@registry/listing/offer.entity.js';
import { LoanVolumeFactEntity } from '@registry/program/loan-volume-fact.entity.js';
import { LoanVolumeRollupEntity } from '@registry/program/loan-volume-rollup.entity.js';
import { PledgePledgorYearEntity } from '@registry/program/pledge-pledgor-year.entity.js';
import { PledgeVolumeFactEntity } from '@registry/program/pledge-volume-fact.entity.js';
import { PledgeVolumeRollupEntity } from '@registry/program/pledge-volume-rollup.entity.js';
import { ProgramTargetEntity } from '@registry/program/program-target.entity.js';
import { LoanPrimeRateEntity } from '@registry/subsidy/loan-prime-rate.entity.js';
import { LoanSubsidyFactsEntity } from '@registry/subsidy/loan-subsidy-facts.entity.js';
import { SubsidyClaimEntity } from '@registry/subsidy/subsidy-claim.entity.js';
import { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';
import { RiskFundClaimEntity } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundEnrolmentEntity } from '@registry/risk-fund/risk-fund-enrolment.entity.js';
import { RiskFundEntryEntity } from '@registry/risk-fund/risk-fund-entry.entity.js';
import { RiskFundRatioVersionEntity } from '@registry/risk-fund/risk-fund-ratio-version.entity.js';
import { RiskFundEntity } from '@registry/risk-fund/risk-fund.entity.js';
import { PoolCandidateEntity } from '@registry/securitization/pool-candidate.entity.js';
import { PoolStructureEntity } from '@registry/securitization/pool-structure.entity.js';
import { PoolTrancheEntity } from '@registry/securitization/pool-tranche.entity.js';
import { RoyaltyReceivableEntity } from '@registry/securitization/royalty-receivable.entity.js';
import { SecuritizationPoolEntity } from '@registry/securitization/securitization-pool.entity.js';
import { MIGRATIONS } from '@migrations/pledge-registry/index.js';

export const REGISTRY_SCHEMA = 'registry';
export const REGISTRY_ENTITIES = [
  PartyEntity,
  AppUserEntity,
  IpAssetEntity,
  IpAssetOwnerEntity,
  PledgeEntity,
  PledgeAssetEntity,
  ActivePledgeEntity,
  PledgeVersionEntity,
  ListingEntity,
  ListingAssetEntity,
  ListingInvitationEntity,
  OfferEntity,
  PledgeDisposalEntity,
  AuditEventEntity,
  IdempotencyKeyEntity,
  CreditListEntryEntity,
  CalendarDayEntity,
  LoanEntity,
  LoanInstalmentEntity,
  LoanRepaymentEntity,
  ProgramTargetEntity,
  PledgeVolumeFactEntity,
  PledgeVolumeRollupEntity,
  PledgePledgorYearEntity,
  LoanVolumeFactEntity,
  LoanVolumeRollupEntity,
  SubsidyRuleVersionEntity,
  LoanPrimeRateEntity,
  LoanSubsidyFactsEntity,
  SubsidyClaimEntity,
  RiskFundEntity,
  RiskFundRatioVersionEntity,
  RiskFundEntryEntity,
  RiskFundEnrolmentEntity,
  RiskFundClaimEntity,
  SecuritizationPoolEntity,
  RoyaltyReceivableEntity,
  PoolCandidateEntity,
  PoolStructureEntity,
  PoolTrancheEntity,
];

export function registryDataSourceOptions(url: string, tuning: DatabaseTuning = {}) {
  return buildDataSourceOptions({
    ...tuning,
    url,
    schema: REGISTRY_SCHEMA,
    entities: REGISTRY_ENTITIES,
    migrations: MIGRATIONS,
    applicationName: 'pledge-registry',
  });
}

export function createRegistryDataSource(url: string): DataSource {
  return new DataSource(registryDataSourceOptions(url, { poolSize: 4 }));
}
