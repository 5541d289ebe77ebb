import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DecimalInputField } from '@app/platform';
import { RepaymentMethod } from '@registry/listing/domain/listing-rules.js';

@InputType('MakeOfferInput')
export class MakeOfferInput {
  @Field(() => ID)
  @IsUUID('all')
  listingId: string;

  @DecimalInputField({ description: 'Loan amount offered, > 0', greaterThan: '0', scale: 4 })
  amount: string;

  @Field(() => String, { defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @DecimalInputField({
    description: 'Nominal annual rate as a fraction, 0 < rate < 1 (e.g. 0.0435)',
    greaterThan: '0',
    lessThan: '1',
    scale: 8,
  })
  annualRate: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths: number;

  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @DecimalInputField({ description: 'Loan-to-value as a fraction, 0 < ltv <= 1', greaterThan: '0', max: '1', scale: 8 })
  ltv: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  conditions?: string | null;

  @Field(() => Date, { description: 'The offer lapses at this instant' })
  expiresAt: Date;
}
