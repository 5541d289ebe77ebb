import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DecimalScalar } from '@app/money';
import { DecimalInputField } from '@app/platform';
import {
  ProgramTrack,
  SizeShareBasis,
  type DashboardFigures,
  type KeyedVolume,
  type Volume,
} from '@registry/program/domain/program-dashboard.js';
import { amountText as amount, ratioText as ratio } from '@registry/program/dto/program-format.js';
import { ProgramAreaVolumeModel } from '@registry/program/dto/program-areas.dto.js';
import { ProgramLoanFiguresModel } from '@registry/program/dto/program-loans.dto.js';
import type { ProgramScope } from '@registry/program/program.repository.js';
import type { ProgramTargetEntity } from '@registry/program/program-target.entity.js';

registerEnumType(ProgramTrack, {
  name: 'ProgramTrack',
  description: 'Whether the run-rate projection reaches the target (NO_TARGET when none is set)',
});

registerEnumType(SizeShareBasis, {
  name: 'SizeShareBasis',
  description:
    "What the share of loans under 10 million yuan is measured on: loans' principal, or pledges' secured amount",
});

@InputType('ProgramTargetInput')
export class ProgramTargetInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  city: string;

  @Field(() => String, { nullable: true, description: 'Omit for the whole city' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'A park of the district; omit for the whole district' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  park?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @DecimalInputField({
    description: 'Secured amount to reach in the year, CNY',
    min: '0',
    max: '9999999999999999.9999',
    scale: 4,
  })
  targetAmount: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  targetRegistrations: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  targetEnterprises: number;
}

@ObjectType('ProgramTarget')
export class ProgramTargetModel {
  @Field(() => ID)
  id: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  park: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => DecimalScalar, { description: 'CNY' })
  targetAmount: string;

  @Field(() => Int)
  targetRegistrations: number;

  @Field(() => Int)
  targetEnterprises: number;

  static from(e: ProgramTargetEntity): ProgramTargetModel {
    return Object.assign(new ProgramTargetModel(), {
      id: e.id,
      city: e.city,
      district: e.district,
      park: e.park,
      year: e.year,
      targetAmount: amount(e.targetAmount),
      targetRegistrations: e.targetRegistrations,
      targetEnterprises: e.targetEnterprises,
    });
  }
}

@ObjectType('ProgramVolume')
export class ProgramVolumeModel {
  @Field(() => Int)
  registrations: number;

  @Field(() => DecimalScalar, { description: 'Secured amount as registered, CNY' })
  amount: string;

  static from(v: Volume): ProgramVolumeModel {
    return Object.assign(new ProgramVolumeModel(), { registrations: v.registrations, amount: amount(v.amount) });
  }
}

@ObjectType('ProgramQuarterVolume')
export class ProgramQuarterVolumeModel extends ProgramVolumeModel {
  @Field(() => Int)
  quarter: number;
}

@ObjectType('ProgramKeyedVolume')
export class ProgramKeyedVolumeModel extends ProgramVolumeModel {
  @Field({ description: 'Lender party id, IPC section letter ("" when unknown) or size band' })
  key: string;

  static keyed(v: KeyedVolume): ProgramKeyedVolumeModel {
    return Object.assign(new ProgramKeyedVolumeModel(), ProgramVolumeModel.from(v), { key: v.key });
  }
}

@ObjectType('ProgramDashboard', {
  description:
    'Registered pledge volume of a city (or district, or park) and year against its target: CNY claims, a registration counts in its year until revoked; and the loans disbursed',
})
export class ProgramDashboardModel {
  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  park: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => [ProgramQuarterVolumeModel])
  quarters: ProgramQuarterVolumeModel[];

  @Field(() => ProgramVolumeModel, { description: 'Year to date' })
  total: ProgramVolumeModel;

  @Field(() => ProgramVolumeModel)
  previousYearTotal: ProgramVolumeModel;

  @Field(() => [ProgramKeyedVolumeModel], { description: 'By lender party id, largest amount first' })
  byLender: ProgramKeyedVolumeModel[];

  @Field(() => [ProgramKeyedVolumeModel], { description: 'By IPC section of the first pledged asset' })
  byIpcSection: ProgramKeyedVolumeModel[];

  @Field(() => [ProgramKeyedVolumeModel], {
    description: 'By secured amount: UNDER_10M (< 10 million yuan) and OVER_10M (loans.bySizeBand has the principal)',
  })
  bySizeBand: ProgramKeyedVolumeModel[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The policy's share of loans under 10 million yuan, by count: on disbursed loans' principal when the year has any, else on registrations' secured amount (see underTenMillionShareBasis)",
  })
  underTenMillionShare: string | null;

  @Field(() => SizeShareBasis)
  underTenMillionShareBasis: SizeShareBasis;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Share of registrations whose secured amount is under 10 million yuan, by count',
  })
  registrationsUnderTenMillionShare: string | null;

  @Field(() => ProgramLoanFiguresModel, { description: 'Loans disbursed in the year' })
  loans: ProgramLoanFiguresModel;

  @Field(() => [ProgramAreaVolumeModel], {
    description: 'Registrations and loans of the year by district of the scope, largest registered amount first',
  })
  byDistrict: ProgramAreaVolumeModel[];

  @Field(() => [ProgramAreaVolumeModel], {
    description: 'The same by park (enterprises outside any park are only in their district)',
  })
  byPark: ProgramAreaVolumeModel[];

  @Field(() => ProgramVolumeModel, { description: "Registrations that were their pledgor's first" })
  firstTime: ProgramVolumeModel;

  @Field(() => Int, { description: 'Distinct pledgors with a registration in the year' })
  enterprisesServed: number;

  @Field(() => DecimalScalar, { description: 'Fraction of the year elapsed (China time)' })
  elapsedFraction: string;

  @Field(() => ProgramVolumeModel, { nullable: true, description: 'Year to date / elapsed fraction' })
  projection: ProgramVolumeModel | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount growth on the previous year so far' })
  growth: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Projected amount growth on the previous year' })
  projectedGrowth: string | null;

  @Field(() => DecimalScalar, { description: 'Policy growth target (PROGRAM_GROWTH_TARGET)' })
  growthTarget: string;

  @Field(() => Boolean, { nullable: true })
  growthOnTrack: boolean | null;

  @Field(() => ProgramTargetModel, { nullable: true })
  target: ProgramTargetModel | null;

  @Field(() => DecimalScalar, { nullable: true })
  amountAttainment: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  registrationsAttainment: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  enterprisesAttainment: string | null;

  @Field(() => ProgramTrack)
  track: ProgramTrack;

  static from(
    scope: ProgramScope & { year: number },
    d: DashboardFigures,
    target: ProgramTargetEntity | null,
  ): ProgramDashboardModel {
    return Object.assign(new ProgramDashboardModel(), {
      ...scope,
      quarters: d.quarters.map((q) =>
        Object.assign(new ProgramQuarterVolumeModel(), ProgramVolumeModel.from(q), { quarter: q.quarter }),
      ),
      total: ProgramVolumeModel.from(d.total),
      previousYearTotal: ProgramVolumeModel.from(d.previousYearTotal),
      byLender: d.byLender.map((v) => ProgramKeyedVolumeModel.keyed(v)),
      byIpcSection: d.byIpcSection.map((v) => ProgramKeyedVolumeModel.keyed(v)),
      bySizeBand: d.bySizeBand.map((v) => ProgramKeyedVolumeModel.keyed(v)),
      underTenMillionShare: ratio(d.underTenMillionShare),
      underTenMillionShareBasis: d.underTenMillionShareBasis,
      registrationsUnderTenMillionShare: ratio(d.registrationsUnderTenMillionShare),
      loans: ProgramLoanFiguresModel.from(d.loans),
      byDistrict: d.byDistrict.map((a) => ProgramAreaVolumeModel.from(a)),
      byPark: d.byPark.map((a) => ProgramAreaVolumeModel.from(a)),
      firstTime: ProgramVolumeModel.from(d.firstTime),
      enterprisesServed: d.enterprises,
      elapsedFraction: d.elapsedFraction.toString(),
      projection: d.projection === null ? null : ProgramVolumeModel.from(d.projection),
      growth: ratio(d.growth),
      projectedGrowth: ratio(d.projectedGrowth),
      growthTarget: d.growthTarget.toString(),
      growthOnTrack: d.growthOnTrack,
      target: target === null ? null : ProgramTargetModel.from(target),
      amountAttainment: ratio(d.amountAttainment),
      registrationsAttainment: ratio(d.registrationsAttainment),
      enterprisesAttainment: ratio(d.enterprisesAttainment),
      track: d.track,
    });
  }
}
