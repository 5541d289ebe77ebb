import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import { RiskFundClaimStatus } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundEnrolmentStatus } from '@registry/risk-fund/risk-fund-enrolment.entity.js';
import { RiskFundEntryKind } from '@registry/risk-fund/risk-fund-entry.entity.js';

registerEnumType(RiskFundEntryKind, {
  name: 'RiskFundEntryKind',
  description: 'CONTRIBUTION (+, capital paid in), PAYOUT (-, fund part of a claim), RECOVERY (+, paid back)',
});
registerEnumType(RiskFundEnrolmentStatus, {
  name: 'RiskFundEnrolmentStatus',
  description: 'PENDING_REVIEW (credit-listed borrower, MANUAL_REVIEW policy) -> ENROLLED | DECLINED',
});
registerEnumType(RiskFundClaimStatus, {
  name: 'RiskFundClaimStatus',
  description: "FILED -> PAID (approved, the fund's part paid from the balance) | REJECTED",
});

@ObjectType('RiskFundRatioVersion', { description: 'A sharing ratio and the days it applies (both ends inclusive)' })
export class RiskFundRatioVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateScalar)
  effectiveFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null = open-ended' })
  effectiveTo: string | null;

  @Field(() => DecimalScalar)
  fundPart: string;

  @Field(() => DecimalScalar)
  bankPart: string;

  @Field(() => DecimalScalar)
  insurerPart: string;

  @Field(() => DecimalScalar)
  appraiserPart: string;

  @Field(() => DecimalScalar, { description: "The fund's share of a loss, fund part / sum of parts, 8 decimals" })
  fundShare: string;
}

@ObjectType('RiskFund', {
  description: "A city's risk-compensation fund: balance from its ledger, cover from its enrolled loans",
})
export class RiskFundModel {
  @Field(() => ID)
  id: string;

  @Field()
  city: string;

  @Field()
  name: string;

  @Field(() => ID, { description: 'The program office that runs it' })
  ownerPartyId: string;

  @Field()
  currency: string;

  @Field(() => DecimalScalar, { description: 'Most covered outstanding principal per unit of balance' })
  leverageLimit: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Most the fund pays on one loan; null = no cap' })
  perLoanCap: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('RiskFundEntry', { description: 'One ledger entry, with the running balance after it' })
export class RiskFundEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1, 2, 3... per fund: the ledger order' })
  seq: number;

  @Field(() => RiskFundEntryKind)
  kind: RiskFundEntryKind;

  @Field(() => DecimalScalar, { description: 'Signed: payouts are negative' })
  amount: string;

  @Field(() => DecimalScalar)
  balanceAfter: string;

  @Field(() => ID, { nullable: true })
  claimId: string | null;

  @Field(() => LocalDateScalar)
  bookedOn: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;
}

export const RiskFundEntryConnection = connectionType(RiskFundEntryModel, 'RiskFundEntry');

@ObjectType('RiskFundEnrolment', { description: "A loan under a fund's cover" })
export class RiskFundEnrolmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fundId: string;

  @Field(() => ID)
  loanId: string;

  @Field(() => ID)
  lenderPartyId: string;

  @Field(() => ID)
  borrowerPartyId: string;

  @Field(() => RiskFundEnrolmentStatus)
  status: RiskFundEnrolmentStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day cover began' })
  enrolledOn: string | null;

  @Field({ description: 'The borrower had a credit-list entry in force when the lender asked' })
  creditListed: boolean;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field()
  createdAt: Date;
}

export const RiskFundEnrolmentConnection = connectionType(RiskFundEnrolmentModel, 'RiskFundEnrolment');

@ObjectType('RiskFundClaimRatio', { description: 'The ratio version in force on the loss date, as applied' })
export class RiskFundClaimRatioModel {
  @Field(() => ID)
  versionId: string;

  @Field(() => DecimalScalar)
  fund: string;

  @Field(() => DecimalScalar)
  bank: string;

  @Field(() => DecimalScalar)
  insurer: string;

  @Field(() => DecimalScalar)
  appraiser: string;
}

@ObjectType('RiskFundClaim', {
  description:
    'A loss claim: outstanding principal + unpaid interest on the realisation date, minus what was realised, split by the ratio',
})
export class RiskFundClaimModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fundId: string;

  @Field(() => ID)
  loanId: string;

  @Field(() => ID)
  pledgeId: string;

  @Field(() => ID)
  lenderPartyId: string;

  @Field(() => RiskFundClaimStatus)
  status: RiskFundClaimStatus;

  @Field()
  currency: string;

  @Field(() => LocalDateScalar, { description: 'The realisation date: the loss is measured on it' })
  lossDate: string;

  @Field(() => DecimalScalar)
  outstandingPrincipal: string;

  @Field(() => DecimalScalar)
  unpaidInterest: string;

  @Field(() => DecimalScalar, { description: 'Outstanding principal + unpaid interest' })
  outstandingClaim: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The pledge's appraised value" })
  appraisedValue: string | null;

  @Field(() => DecimalScalar, { description: 'What enforcement realised' })
  realizedAmount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Realised / appraised, 4 decimals' })
  realizationRatio: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Appraised - realised' })
  appraisalShortfall: string | null;

  @Field(() => DecimalScalar, { description: 'Outstanding claim - realised, at least 0, to the cent' })
  loss: string;

  @Field(() => RiskFundClaimRatioModel)
  ratio: RiskFundClaimRatioModel;

  @Field(() => DecimalScalar, { description: "The fund's part, paid from the balance on approval" })
  fundPart: string;

  @Field(() => DecimalScalar, { description: "The lender's part, with the rounding residue and any capped excess" })
  bankPart: string;

  @Field(() => DecimalScalar)
  insurerPart: string;

  @Field(() => DecimalScalar)
  appraiserPart: string;

  @Field(() => DecimalScalar, { description: "What the fund's per-loan cap kept back (in the bank part)" })
  capExcess: string;

  @Field(() => DecimalScalar, { description: 'Recoveries paid back to the fund on this claim' })
  recoveredAmount: string;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  @Field()
  createdAt: Date;
}

export const RiskFundClaimConnection = connectionType(RiskFundClaimModel, 'RiskFundClaim');
