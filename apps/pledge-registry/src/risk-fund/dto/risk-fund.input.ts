import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { RiskFundClaimStatus } from '@registry/risk-fund/risk-fund-claim.entity.js';
import { RiskFundEnrolmentStatus } from '@registry/risk-fund/risk-fund-enrolment.entity.js';

/** Largest amount one entry may carry: numeric(20,4) holds 16 integer digits, a balance needs room to add. */
const MAX_AMOUNT = '1000000000000000';
/** numeric(12,4): at most 8 integer digits. */
const MAX_PART = '99999999';

@InputType('CreateRiskFundInput')
export class CreateRiskFundInput {
  @Field({ description: 'The city the fund covers; one fund per city' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  city: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The program office that runs the fund: program staff may omit it (their own office); admins must give it',
  })
  @IsOptional()
  @IsUUID('all')
  ownerPartyId?: string | null;

  @Field(() => String, { defaultValue: 'CNY', description: 'Loans enrolled and claims paid are in this currency' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @DecimalInputField({
    nullable: true,
    greaterThan: '0',
    max: '9999',
    scale: 4,
    description:
      'Most covered outstanding principal per unit of balance (10 = 10x); default RISK_FUND_DEFAULT_LEVERAGE_LIMIT',
  })
  leverageLimit?: string | null;

  @DecimalInputField({
    nullable: true,
    greaterThan: '0',
    max: MAX_AMOUNT,
    scale: 2,
    description: 'Most the fund pays on one loan; omit for no cap',
  })
  perLoanCap?: string | null;
}

@InputType('AddRiskFundRatioVersionInput', {
  description:
    'Parts are weights: fund:bank:insurer:appraiser = 54:26:16:4, or fund:bank = 1:1 (insurer and appraiser 0)',
})
export class AddRiskFundRatioVersionInput {
  @Field(() => ID)
  @IsUUID('all')
  fundId: string;

  @Field(() => LocalDateScalar, { description: 'First day the ratio applies' })
  effectiveFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day it applies (inclusive); omit for open-ended' })
  @IsOptional()
  effectiveTo?: string | null;

  @DecimalInputField({ greaterThan: '0', max: MAX_PART, scale: 4 })
  fundPart: string;

  @DecimalInputField({ greaterThan: '0', max: MAX_PART, scale: 4 })
  bankPart: string;

  @DecimalInputField({ defaultValue: '0', min: '0', max: MAX_PART, scale: 4 })
  insurerPart: string;

  @DecimalInputField({ defaultValue: '0', min: '0', max: MAX_PART, scale: 4 })
  appraiserPart: string;
}

@InputType('ContributeToRiskFundInput')
export class ContributeToRiskFundInput {
  @Field(() => ID)
  @IsUUID('all')
  fundId: string;

  @DecimalInputField({ greaterThan: '0', max: MAX_AMOUNT, scale: 2, description: 'Capital paid in by the city' })
  amount: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Value date, not in the future; default today' })
  @IsOptional()
  bookedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType('RecordRiskFundRecoveryInput')
export class RecordRiskFundRecoveryInput {
  @Field(() => ID, { description: 'A PAID claim' })
  @IsUUID('all')
  claimId: string;

  @DecimalInputField({
    greaterThan: '0',
    max: MAX_AMOUNT,
    scale: 2,
    description: "The fund's part of what was recovered after the payout; at most what is still unrecovered",
  })
  amount: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Value date, not in the future; default today' })
  @IsOptional()
  bookedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType('EnrolLoanInRiskFundInput')
export class EnrolLoanInRiskFundInput {
  @Field(() => ID)
  @IsUUID('all')
  fundId: string;

  @Field(() => ID, { description: "An ACTIVE loan your bank lent to an enterprise of the fund's city" })
  @IsUUID('all')
  loanId: string;
}

@InputType('FileRiskFundClaimInput')
export class FileRiskFundClaimInput {
  @Field(() => ID, { description: 'An enrolled loan of your bank whose pledge was realised' })
  @IsUUID('all')
  loanId: string;
}

@InputType('RiskFundClaimFilter')
export class RiskFundClaimFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  fundId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  loanId?: string;

  @Field(() => RiskFundClaimStatus, { nullable: true })
  @IsOptional()
  status?: RiskFundClaimStatus;
}

@InputType('RiskFundEnrolmentFilter')
export class RiskFundEnrolmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  fundId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  loanId?: string;

  @Field(() => RiskFundEnrolmentStatus, { nullable: true })
  @IsOptional()
  status?: RiskFundEnrolmentStatus;
}
