import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_RECOVERY_LAG, MAX_TERM_MONTHS } from '@app/securitization-engine';
import { DecimalInputField } from '@app/platform';
import { TrancheClass } from '@registry/securitization/pool-tranche.entity.js';

registerEnumType(TrancheClass, {
  name: 'TrancheClass',
  description: 'Payment rank: every SENIOR tranche pays before any MEZZANINE, every MEZZANINE before any SUBORDINATED',
});

/** numeric(20,2) holds 18 integer digits; amounts stay below the engine's 1e16 bound. */
const MAX_AMOUNT = '1000000000000000';
const FRACTION = { min: '0', max: '1', scale: 8 } as const;
const RATIO = { nullable: true, greaterThan: '0', max: '100', scale: 4 } as const;

@InputType('PoolTrancheInput')
export class PoolTrancheInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;

  @Field(() => TrancheClass)
  @IsEnum(TrancheClass)
  trancheClass: TrancheClass;

  @DecimalInputField({ greaterThan: '0', max: MAX_AMOUNT, scale: 2, description: 'Note principal at closing' })
  size: string;

  @DecimalInputField({ ...FRACTION, description: 'Annual coupon, a fraction (0.035 = 3.5 %)' })
  coupon: string;

  @Field(() => Int, { description: 'Lower pays first (1-1000, unique in the pool)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  priority: number;
}

@InputType('PoolFeesInput', { description: 'Senior fees, paid before any note interest' })
export class PoolFeesInput {
  @DecimalInputField({
    ...FRACTION,
    defaultValue: '0',
    description: 'Per year, a fraction of the opening pool balance',
  })
  annualRateOnPool: string;

  @DecimalInputField({
    min: '0',
    max: MAX_AMOUNT,
    scale: 2,
    defaultValue: '0',
    description: 'A fixed amount per month',
  })
  fixedPerPeriod: string;
}

@InputType('PoolReserveInput', { description: 'Cash reserve funded at closing; give exactly one target' })
export class PoolReserveInput {
  @DecimalInputField({ min: '0', max: MAX_AMOUNT, scale: 2 })
  initialAmount: string;

  @DecimalInputField({ nullable: true, min: '0', max: MAX_AMOUNT, scale: 2 })
  targetAmount?: string | null;

  @DecimalInputField({ ...FRACTION, nullable: true, description: 'Target as a fraction of the opening note balance' })
  targetShareOfNotes?: string | null;
}

@InputType('PoolGuarantorInput', {
  description: "A guarantor's deficiency-payment undertaking on senior and mezzanine interest, up to a lifetime cap",
})
export class PoolGuarantorInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @DecimalInputField({ min: '0', max: MAX_AMOUNT, scale: 2 })
  cap: string;
}

@InputType('PoolTriggersInput', {
  description:
    'Coverage-ratio thresholds (pool balance / senior + mezzanine notes); omitted = 1.40 / 1.30 / 1.20 and 10 % cumulative loss',
})
export class PoolTriggersInput {
  @DecimalInputField({ ...RATIO, description: 'Below it, 50 % of the excess cash is trapped' })
  trap50Below?: string | null;

  @DecimalInputField({ ...RATIO, description: 'Below it, all excess cash is trapped' })
  trap100Below?: string | null;

  @DecimalInputField({ ...RATIO, description: 'Below it, rapid amortisation for good' })
  rapidAmortisationBelow?: string | null;

  @DecimalInputField({
    ...FRACTION,
    nullable: true,
    description: 'Cumulative losses above this share of the pool: rapid amortisation',
  })
  cumulativeLossRapidAbove?: string | null;
}

@InputType('SetSecuritizationPoolStructureInput', {
  description: "Replaces the pool's tranches, fees, credit enhancement and triggers as a whole",
})
export class SetSecuritizationPoolStructureInput {
  @Field(() => ID)
  @IsUUID('all')
  poolId: string;

  @Field(() => [PoolTrancheInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PoolTrancheInput)
  tranches: PoolTrancheInput[];

  @Field(() => PoolFeesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PoolFeesInput)
  fees?: PoolFeesInput | null;

  @Field(() => PoolReserveInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PoolReserveInput)
  reserve?: PoolReserveInput | null;

  @Field(() => PoolGuarantorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PoolGuarantorInput)
  guarantor?: PoolGuarantorInput | null;

  @Field(() => PoolTriggersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PoolTriggersInput)
  triggers?: PoolTriggersInput | null;
}

@InputType('ProjectionAssumptionsInput')
export class ProjectionAssumptionsInput {
  @DecimalInputField({ ...FRACTION, description: 'CDR: annual default rate of the performing balance' })
  annualDefaultRate: string;

  @DecimalInputField({ ...FRACTION, description: 'CPR: annual voluntary prepayment rate' })
  annualPrepaymentRate: string;

  @DecimalInputField({ ...FRACTION, description: 'Share of a defaulted balance never recovered' })
  lossSeverity: string;

  @Field(() => Int, { description: `Months from a default to its recovery (0-${MAX_RECOVERY_LAG})` })
  @IsInt()
  @Min(0)
  @Max(MAX_RECOVERY_LAG)
  recoveryLagPeriods: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Months to project; default the longest remaining term plus the recovery lag',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS + MAX_RECOVERY_LAG)
  periods?: number | null;
}
