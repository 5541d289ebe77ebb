import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DecimalInputField } from '@app/platform';
import { RevenueProjectionInput } from '@valuation/appraisal/dto/appraisal.input.js';

@InputType('ReliefFromRoyaltyInput', {
  description: 'Explicit relief-from-royalty assumptions; give either revenues or projection',
})
export class ReliefFromRoyaltyEstimateInput {
  @DecimalInputField({ list: true, nullable: true, description: 'Revenue per year, year 1 first' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  revenues?: string[];

  @Field(() => RevenueProjectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RevenueProjectionInput)
  projection?: RevenueProjectionInput;

  @DecimalInputField({ description: 'Royalty as a fraction of revenue, 0-1' })
  royaltyRate: string;

  @DecimalInputField({ description: 'Income tax rate as a fraction, 0 allowed' })
  taxRate: string;

  @DecimalInputField({ description: 'Discount rate as a fraction, above -1' })
  discountRate: string;

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
