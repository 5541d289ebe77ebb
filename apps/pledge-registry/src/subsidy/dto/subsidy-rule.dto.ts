import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DecimalScalar, type Decimal } from '@app/money';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { SubsidyKind } from '@registry/subsidy/domain/subsidy-calc.js';
import type { LoanPrimeRateEntity } from '@registry/subsidy/loan-prime-rate.entity.js';
import type { SubsidyRuleVersionEntity } from '@registry/subsidy/subsidy-rule-version.entity.js';

registerEnumType(SubsidyKind, {
  name: 'SubsidyKind',
  description:
    'INTEREST_LPR_SHARE: share of interest at the 1-year LPR on the outstanding principal; INTEREST_PAID_SHARE: share of interest paid; APPRAISAL_FEE, INSURANCE_PREMIUM: share of the fee the bank reported',
});

const SHARE = { greaterThan: '0', max: '1', scale: 8 } as const;
const CAP = { min: '0', max: '9999999999999999.99', scale: 2 } as const;

export const amount = (d: Decimal): string => d.toFixed(2);
export const fraction = (d: Decimal): string => d.toString();

@InputType('SubsidyRuleVersionInput')
export class SubsidyRuleVersionInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  city: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field({ description: 'The policy it implements' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @DecimalInputField({ description: 'Fraction of the base subsidised, e.g. 0.20', ...SHARE })
  share: string;

  @DecimalInputField({
    description: 'Fraction when the loan is insured or guaranteed (>= share); omit for no uplift',
    nullable: true,
    ...SHARE,
  })
  upliftedShare?: string | null;

  @DecimalInputField({ description: 'Most one firm gets of this kind in a calendar year, CNY', ...CAP })
  capPerFirmYear: string;

  @DecimalInputField({ description: 'Most one loan gets of this kind in a calendar year, CNY', nullable: true, ...CAP })
  capPerLoanYear?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Only loans on the pledgor's first registration" })
  @IsBoolean()
  firstTimeOnly: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Reject a credit-listed borrower whatever CREDIT_LIST_SUBSIDY_EFFECT says',
  })
  @IsBoolean()
  requireNotCreditListed: boolean;

  @Field(() => LocalDateScalar, { description: "First day of a quarter; closes the open current version's range" })
  effectiveFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Exclusive, first day of a quarter; omit for open' })
  @IsOptional()
  effectiveTo?: string | null;
}

@ObjectType('SubsidyRuleVersion', { description: "One version of a city's subsidy rule, in force over [from, to)" })
export class SubsidyRuleVersionModel {
  @Field(() => ID)
  id: string;

  @Field()
  city: string;

  @Field(() => SubsidyKind)
  kind: SubsidyKind;

  @Field()
  title: string;

  @Field(() => DecimalScalar)
  share: string;

  @Field(() => DecimalScalar, { nullable: true })
  upliftedShare: string | null;

  @Field(() => DecimalScalar, { description: 'CNY' })
  capPerFirmYear: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'CNY' })
  capPerLoanYear: string | null;

  @Field()
  firstTimeOnly: boolean;

  @Field()
  requireNotCreditListed: boolean;

  @Field(() => LocalDateScalar)
  effectiveFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Exclusive; null while current' })
  effectiveTo: string | null;

  static from(e: SubsidyRuleVersionEntity): SubsidyRuleVersionModel {
    return Object.assign(new SubsidyRuleVersionModel(), {
      id: e.id,
      city: e.city,
      kind: e.kind,
      title: e.title,
      share: fraction(e.share),
      upliftedShare: e.upliftedShare === null ? null : fraction(e.upliftedShare),
      capPerFirmYear: amount(e.capPerFirmYear),
      capPerLoanYear: e.capPerLoanYear === null ? null : amount(e.capPerLoanYear),
      firstTimeOnly: e.firstTimeOnly,
      requireNotCreditListed: e.requireNotCreditListed,
      effectiveFrom: e.effectiveFrom,
      effectiveTo: e.effectiveTo,
    });
  }
}

@InputType('LoanPrimeRateInput')
export class LoanPrimeRateInput {
  @Field(() => LocalDateScalar, { description: 'The day the published rate takes effect' })
  effectiveFrom: string;

  @DecimalInputField({ description: '1-year LPR as a fraction, e.g. 0.0300', greaterThan: '0', max: '0.5', scale: 6 })
  rate: string;
}

@ObjectType('LoanPrimeRate', { description: 'The 1-year loan prime rate, in force from a day until the next entry' })
export class LoanPrimeRateModel {
  @Field(() => LocalDateScalar)
  effectiveFrom: string;

  @Field(() => DecimalScalar, { description: 'Fraction, e.g. 0.0300' })
  rate: string;

  static from(e: LoanPrimeRateEntity): LoanPrimeRateModel {
    return Object.assign(new LoanPrimeRateModel(), {
      effectiveFrom: e.effectiveFrom,
      rate: e.rate.toFixed(Math.max(4, e.rate.decimalPlaces())),
    });
  }
}
