import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, type Decimal } from '@app/money';

@ObjectType('LtvLifeTier')
export class LtvLifeTierModel {
  @Field(() => Number)
  minYears: number;

  @Field(() => DecimalScalar)
  cap: Decimal;
}

@ObjectType('LenderPolicy', { description: "A lender's pledge policy; every change is a new version" })
export class LenderPolicyModel {
  @Field(() => ID)
  lenderId: string;

  @Field(() => Int)
  version: number;

  @Field(() => DecimalScalar)
  inventionLtvCap: Decimal;

  @Field(() => DecimalScalar)
  utilityModelLtvCap: Decimal;

  @Field(() => DecimalScalar)
  designLtvCap: Decimal;

  @Field(() => DecimalScalar)
  trademarkLtvCap: Decimal;

  @Field(() => [LtvLifeTierModel])
  ltvCapByRemainingLife: LtvLifeTierModel[];

  @Field(() => DecimalScalar)
  haircut: Decimal;

  @Field(() => Number)
  minRemainingLifeYears: number;

  @Field(() => Int, { description: 'Months a valuation stays current for this lender' })
  validityMonths: number;

  @Field(() => Date)
  createdAt: Date;
}
