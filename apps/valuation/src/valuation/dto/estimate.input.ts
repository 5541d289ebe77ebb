import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DecimalScalar, type Decimal } from '@app/money';

@InputType('RevenueProjectionInput', { description: 'Revenue growing at a constant rate: base x (1 + g)^t' })
export class RevenueProjectionInput {
  @Field(() => DecimalScalar)
  baseRevenue: Decimal;

  @Field(() => DecimalScalar, { description: 'Yearly growth as a fraction, e.g. "0.05"' })
  growthRate: Decimal;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  years: number;
}

@InputType('ReliefFromRoyaltyInput', {
  description: 'Explicit relief-from-royalty assumptions; give either revenues or projection',
})
export class ReliefFromRoyaltyEstimateInput {
  @Field(() => [DecimalScalar], { nullable: true, description: 'Revenue per year, year 1 first' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  revenues?: Decimal[];

  @Field(() => RevenueProjectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RevenueProjectionInput)
  projection?: RevenueProjectionInput;

  @Field(() => DecimalScalar, { description: 'Royalty as a fraction of revenue, 0-1' })
  royaltyRate: Decimal;

  @Field(() => DecimalScalar, { description: 'Income tax rate as a fraction, 0 allowed' })
  taxRate: Decimal;

  @Field(() => DecimalScalar, { description: 'Discount rate as a fraction, above -1' })
  discountRate: Decimal;

  @Field(() => Float, { description: 'Years of legal protection left' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(100)
  remainingLegalYears: number;

  @Field(() => Float, { description: 'Years the technology keeps earning' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(100)
  economicLifeYears: number;

  @Field({ defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as CNY' })
  currency: string;
}
