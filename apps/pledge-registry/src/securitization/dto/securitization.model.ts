import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '@app/money';
import { LocalDateScalar } from '@app/platform';
import { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { CandidateKind, CandidateStatus } from '@registry/securitization/pool-candidate.entity.js';
import { PoolStatus } from '@registry/securitization/securitization-pool.entity.js';

registerEnumType(PoolStatus, { name: 'SecuritizationPoolStatus', description: 'DRAFT while the arranger builds it' });
registerEnumType(CandidateKind, { name: 'PoolCandidateKind' });
registerEnumType(CandidateStatus, {
  name: 'PoolCandidateStatus',
  description: 'INCLUDED (counted in the pool) | REJECTED (ineligible; see reasons)',
});

@ObjectType('PoolCandidate', { description: 'A loan or royalty receivable offered to a pool' })
export class PoolCandidateModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  poolId: string;

  @Field(() => CandidateKind)
  kind: CandidateKind;

  @Field(() => ID, { nullable: true })
  loanId: string | null;

  @Field(() => ID, { nullable: true })
  receivableId: string | null;

  @Field(() => CandidateStatus)
  status: CandidateStatus;

  @Field(() => [String], {
    description:
      'Why it is REJECTED, every failing criterion: PLEDGE_NOT_REGISTERED, PATENT_LIFE_SHORTER_THAN_TERM, IN_DEFAULT, OBLIGOR_CREDIT_LISTED, IN_ANOTHER_POOL',
  })
  reasons: string[];
}

@ObjectType('PoolConcentration')
export class PoolConcentrationModel {
  @Field({ description: 'Obligor party id, IPC section (A-H or UNKNOWN) or city' })
  key: string;

  @Field(() => DecimalScalar)
  balance: string;

  @Field(() => DecimalScalar, { description: 'balance / pool balance, 8 decimals' })
  share: string;
}

@ObjectType('PoolAnalytics', { description: "Figures of the pool's INCLUDED candidates, computed on read" })
export class PoolAnalyticsModel {
  @Field(() => Int)
  count: number;

  @Field(() => DecimalScalar, { description: 'Outstanding principal (loans) and amount (receivables)' })
  balance: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Balance-weighted annual rate, 8 decimals' })
  weightedAverageRate: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Balance-weighted remaining term in months, 2 decimals' })
  weightedAverageRemainingMonths: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Loans' balance / appraised value of their pledges, 4 decimals; receivables are left out",
  })
  ltv: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Balance-weighted years to the earliest expiry of the pledged or licensed assets, 2 decimals',
  })
  weightedAverageRemainingPatentYears: string | null;

  @Field(() => [PoolConcentrationModel])
  byObligor: PoolConcentrationModel[];

  @Field(() => [PoolConcentrationModel])
  byIndustry: PoolConcentrationModel[];

  @Field(() => [PoolConcentrationModel])
  byCity: PoolConcentrationModel[];

  @Field(() => [IpAssetModel], { description: 'The IP behind the pool (latestValuation resolves by federation)' })
  assets: IpAssetModel[];
}

@ObjectType('SecuritizationPool')
export class SecuritizationPoolModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  currency: string;

  @Field(() => ID)
  arrangerPartyId: string;

  @Field(() => PoolStatus)
  status: PoolStatus;

  @Field()
  requirePledgeRegistered: boolean;

  @Field()
  requirePatentLifeCoversTerm: boolean;

  @Field()
  requireNotInDefault: boolean;

  @Field()
  requireObligorNotCreditListed: boolean;

  @Field()
  requireNotInAnotherPool: boolean;

  @Field(() => DecimalScalar, { nullable: true })
  maxObligorShare: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxIndustryShare: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxCityShare: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Limits are shares of this balance while the pool is below it',
  })
  targetBalance: string | null;
}

@ObjectType('RoyaltyReceivable', { description: 'A licence-royalty receivable an arranger recorded' })
export class RoyaltyReceivableModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  arrangerPartyId: string;

  @Field(() => ID)
  licensorPartyId: string;

  @Field()
  licenseeName: string;

  @Field(() => ID)
  assetId: string;

  @Field(() => DecimalScalar)
  outstandingAmount: string;

  @Field()
  currency: string;

  @Field(() => DecimalScalar)
  annualRate: string;

  @Field(() => LocalDateScalar)
  maturityDate: string;
}
