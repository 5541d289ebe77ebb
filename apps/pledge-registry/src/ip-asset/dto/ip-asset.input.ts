import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { IpKind, IpLegalStatus } from '@registry/ip-asset/domain/ip-term.js';

@InputType('IpAssetOwnerInput')
export class IpAssetOwnerInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  creditCode?: string | null;

  @DecimalInputField({ description: 'Percent; shares add up to 100' })
  share: string;
}

@InputType('CreateIpAssetInput')
export class CreateIpAssetInput {
  @Field(() => IpKind)
  kind: IpKind;

  @Field({ description: 'Patent application number (e.g. CN202110123456.7) or trademark registration number' })
  @IsString()
  @MaxLength(32)
  number: string;

  @Field()
  @IsString()
  @MaxLength(500)
  title: string;

  @Field(() => LocalDateScalar)
  filingDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  grantDate?: string | null;

  @Field(() => IpLegalStatus)
  legalStatus: IpLegalStatus;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  ipcClasses?: string[];

  @Field(() => [IpAssetOwnerInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IpAssetOwnerInput)
  owners: IpAssetOwnerInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  claimsCount?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  independentClaims?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  forwardCitations?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  familySize?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  licencesGranted?: number | null;
}

@InputType('UpdateIpAssetStatusInput')
export class UpdateIpAssetStatusInput {
  @Field(() => IpLegalStatus, { nullable: true })
  @IsOptional()
  legalStatus?: IpLegalStatus;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  invalidationPending?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ownershipDispute?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  courtPreservation?: boolean;
}

@InputType('IpAssetFilter')
export class IpAssetFilter {
  @Field(() => ID, { nullable: true, description: 'Assets with this party among their owners' })
  @IsOptional()
  @IsString()
  ownerPartyId?: string;

  @Field(() => IpKind, { nullable: true })
  @IsOptional()
  kind?: IpKind;

  @Field(() => IpLegalStatus, { nullable: true })
  @IsOptional()
  legalStatus?: IpLegalStatus;

  @Field(() => String, { nullable: true, description: 'Any IPC class starting with this, e.g. H01M or G06F17' })
  @IsOptional()
  @Matches(/^[A-H](\d{1,2}([A-Z](\d{1,4}(\/\d{0,6})?)?)?)?$/, {
    message: 'must be the start of an IPC symbol, e.g. H01M',
  })
  ipcPrefix?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  expiringBefore?: string;
}
