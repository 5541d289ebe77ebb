import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';

/** numeric(20,4) holds 16 integer digits. */
const MAX_AMOUNT = '1000000000000000';

const SHARE = { nullable: true, greaterThan: '0', max: '1', scale: 8 } as const;
const TARGET = {
  nullable: true,
  greaterThan: '0',
  max: MAX_AMOUNT,
  scale: 2,
  description:
    'The balance the pool is built towards; while the pool is smaller the limits are shares of this target. Omit = the pool balance',
} as const;

@InputType('CreateSecuritizationPoolInput')
export class CreateSecuritizationPoolInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => String, { defaultValue: 'CNY', description: 'Candidates must be in this currency' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @Field(() => Boolean, { defaultValue: true, description: "The loan's pledge registration is in force" })
  @IsBoolean()
  requirePledgeRegistered: boolean;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'The earliest expiry of the pledged (licensed) assets is on or after the maturity',
  })
  @IsBoolean()
  requirePatentLifeCoversTerm: boolean;

  @Field(() => Boolean, { defaultValue: true, description: 'Not defaulted (loan or pledge)' })
  @IsBoolean()
  requireNotInDefault: boolean;

  @Field(() => Boolean, { defaultValue: true, description: 'The obligor is not on the credit-loss list today' })
  @IsBoolean()
  requireObligorNotCreditListed: boolean;

  @Field(() => Boolean, { defaultValue: true, description: 'Not included in another pool' })
  @IsBoolean()
  requireNotInAnotherPool: boolean;

  @DecimalInputField({ ...SHARE, description: 'Most share of the pool balance per obligor (0 < x <= 1); omit = none' })
  maxObligorShare?: string | null;

  @DecimalInputField({ ...SHARE, description: 'Most share per industry (IPC section of the first asset)' })
  maxIndustryShare?: string | null;

  @DecimalInputField({ ...SHARE, description: "Most share per city (the obligor's)" })
  maxCityShare?: string | null;

  @DecimalInputField({ ...TARGET })
  targetBalance?: string | null;
}

@InputType('SetSecuritizationPoolLimitsInput', {
  description:
    'Replaces all three limits (null = no limit) and the target balance; refused if the current pool would breach them',
})
export class SetSecuritizationPoolLimitsInput {
  @Field(() => ID)
  @IsUUID('all')
  poolId: string;

  @DecimalInputField({ ...SHARE })
  maxObligorShare?: string | null;

  @DecimalInputField({ ...SHARE })
  maxIndustryShare?: string | null;

  @DecimalInputField({ ...SHARE })
  maxCityShare?: string | null;

  @DecimalInputField({ ...TARGET })
  targetBalance?: string | null;
}

@InputType('RecordRoyaltyReceivableInput')
export class RecordRoyaltyReceivableInput {
  @Field(() => ID, { description: 'The licensor enterprise, owed the royalties' })
  @IsUUID('all')
  licensorPartyId: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  licenseeName: string;

  @Field(() => ID, { description: 'The licensed registry asset' })
  @IsUUID('all')
  assetId: string;

  @DecimalInputField({ greaterThan: '0', max: MAX_AMOUNT, scale: 2, description: 'Royalties still owed' })
  outstandingAmount: string;

  @Field(() => String, { defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @DecimalInputField({ min: '0', max: '1', scale: 8, description: 'Annual discount / interest rate, a fraction' })
  annualRate: string;

  @Field(() => LocalDateScalar)
  maturityDate: string;
}
