import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Decimal, DecimalScalar } from '@app/money';
import { connectionType, DecimalInputField, JsonScalar, LocalDateScalar } from '@app/platform';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import { SubsidyClaimStatus, SubsidyScreening } from '@registry/subsidy/domain/subsidy-rules.js';
import { amount, fraction } from '@registry/subsidy/dto/subsidy-rule.dto.js';
import type { LoanSubsidyFactsEntity } from '@registry/subsidy/loan-subsidy-facts.entity.js';
import type { SubsidyClaimEntity } from '@registry/subsidy/subsidy-claim.entity.js';
import type { FirmYearRow } from '@registry/subsidy/subsidy-ledger.repository.js';

registerEnumType(SubsidyClaimStatus, {
  name: 'SubsidyClaimStatus',
  description: 'COMPUTED (a draft a recomputation replaces) -> APPROVED -> PAID; or REJECTED',
});
registerEnumType(SubsidyScreening, {
  name: 'SubsidyScreening',
  description: 'The borrower against the IP credit list when the claim was computed',
});

@ObjectType('SubsidyClaim', { description: 'One loan, kind and quarter in the subsidy ledger; CNY' })
export class SubsidyClaimModel {
  @Field(() => ID)
  id: string;

  @Field()
  city: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => LocalDateScalar)
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Exclusive' })
  periodEnd: string;

  @Field(() => ID)
  loanId: string;

  @Field(() => ID)
  borrowerPartyId: string;

  @Field(() => ID, { description: 'The rule version it was computed under' })
  ruleVersionId: string;

  @Field(() => DecimalScalar, { description: 'Interest at the LPR, interest paid, or the fee' })
  baseAmount: string;

  @Field(() => DecimalScalar, { description: 'The share applied' })
  rate: string;

  @Field(() => DecimalScalar, { description: 'base x rate, half-even to cents' })
  computedAmount: string;

  @Field(() => DecimalScalar, { description: 'What the caps leave: the amount claimed' })
  cappedAmount: string;

  @Field(() => String, { nullable: true, description: 'Which cap cut the claim' })
  capNote: string | null;

  @Field(() => JsonScalar, { description: 'How the base was made (LPR segments, repayments, reported fee)' })
  details: Record<string, unknown>;

  @Field(() => SubsidyClaimStatus)
  status: SubsidyClaimStatus;

  @Field(() => SubsidyScreening)
  screening: SubsidyScreening;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  paidOn: string | null;

  static from(e: SubsidyClaimEntity): SubsidyClaimModel {
    return Object.assign(new SubsidyClaimModel(), {
      id: e.id,
      city: e.city,
      kind: e.kind,
      year: e.periodYear,
      quarter: e.periodQuarter,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      loanId: e.loanId,
      borrowerPartyId: e.borrowerPartyId,
      ruleVersionId: e.ruleVersionId,
      baseAmount: amount(e.baseAmount),
      rate: fraction(e.rate),
      computedAmount: amount(e.computedAmount),
      cappedAmount: amount(e.cappedAmount),
      capNote: e.capNote,
      details: e.details,
      status: e.status,
      screening: e.screening,
      rejectionReason: e.rejectionReason,
      reviewNote: e.reviewNote,
      paidOn: e.paidOn,
    });
  }
}

@ObjectType('SubsidyClaimTotals', { description: 'Over every claim the filter selects, not one page; CNY' })
export class SubsidyClaimTotalsModel {
  @Field(() => Int)
  count: number;

  @Field(() => DecimalScalar)
  computedAmount: string;

  @Field(() => DecimalScalar)
  cappedAmount: string;
}

@ObjectType('SubsidyClaimConnection')
export class SubsidyClaimConnection extends connectionType(SubsidyClaimModel, 'SubsidyClaimPage') {
  @Field(() => SubsidyClaimTotalsModel)
  totals: SubsidyClaimTotalsModel;
}

@InputType('SubsidyClaimFilter')
export class SubsidyClaimFilter {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  city: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @Field(() => SubsidyKind, { nullable: true })
  @IsOptional()
  kind?: SubsidyKind;

  @Field(() => SubsidyClaimStatus, { nullable: true })
  @IsOptional()
  status?: SubsidyClaimStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  borrowerPartyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  loanId?: string;
}

@ObjectType('SubsidyComputation', { description: "What a run over a city's quarter left in the ledger; CNY" })
export class SubsidyComputationModel {
  @Field()
  city: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => Int, { description: 'Claims COMPUTED (drafts) after the run' })
  computed: number;

  @Field(() => Int, { description: 'Of them, held for manual review (credit-listed borrower)' })
  heldForReview: number;

  @Field(() => Int, { description: 'Claims REJECTED (by screening or by staff)' })
  rejected: number;

  @Field(() => Int, { description: 'APPROVED or PAID claims, left as they were' })
  final: number;

  @Field(() => DecimalScalar, { description: 'Capped amount of the claims not rejected' })
  cappedAmount: string;
}

@ObjectType('SubsidyFirmYearTotal', { description: "A firm's claims of one kind in a year against the cap; CNY" })
export class SubsidyFirmYearTotalModel {
  @Field(() => ID)
  borrowerPartyId: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field(() => DecimalScalar, { description: 'Capped amounts of claims not rejected' })
  claimed: string;

  @Field(() => DecimalScalar)
  approved: string;

  @Field(() => DecimalScalar)
  paid: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cap per firm of the latest rule version in force in the year',
  })
  cap: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'cap - claimed, not below 0' })
  remaining: string | null;

  static from(r: FirmYearRow & { remaining: string | null }): SubsidyFirmYearTotalModel {
    const cents = (text: string): string => amount(new Decimal(text));
    return Object.assign(new SubsidyFirmYearTotalModel(), {
      borrowerPartyId: r.borrower_party_id,
      kind: r.kind,
      claimed: cents(r.claimed),
      approved: cents(r.approved),
      paid: cents(r.paid),
      cap: r.cap === null ? null : cents(r.cap),
      remaining: r.remaining,
    });
  }
}

@InputType('LoanSubsidyFactsInput')
export class LoanSubsidyFactsInput {
  @Field(() => ID)
  @IsUUID()
  loanId: string;

  @Field(() => Boolean)
  @IsBoolean()
  insured: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  guaranteed: boolean;

  @DecimalInputField({ description: 'Premium paid, CNY (0 unless insured)', defaultValue: '0', min: '0', scale: 2 })
  insurancePremium: string;

  @DecimalInputField({ description: 'Appraisal fee paid, CNY', defaultValue: '0', min: '0', scale: 2 })
  appraisalFee: string;
}

@ObjectType('LoanSubsidyFacts', { description: 'What the lending bank reported about a loan for subsidies' })
export class LoanSubsidyFactsModel {
  @Field(() => ID)
  loanId: string;

  @Field()
  insured: boolean;

  @Field()
  guaranteed: boolean;

  @Field(() => DecimalScalar, { description: 'CNY' })
  insurancePremium: string;

  @Field(() => DecimalScalar, { description: 'CNY' })
  appraisalFee: string;

  static from(e: LoanSubsidyFactsEntity): LoanSubsidyFactsModel {
    const money = (d: Decimal): string => amount(d);
    return Object.assign(new LoanSubsidyFactsModel(), {
      loanId: e.loanId,
      insured: e.insured,
      guaranteed: e.guaranteed,
      insurancePremium: money(e.insurancePremium),
      appraisalFee: money(e.appraisalFee),
    });
  }
}
