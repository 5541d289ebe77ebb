import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DecimalInputField, LocalDateScalar } from '@app/platform';
import { IpKind } from '@registry/ip-asset/domain/ip-term.js';
import { ListingStatus, ListingVisibility } from '@registry/listing/domain/listing-rules.js';

/** Most assets one listing may bundle (a pledge application lists them one by one). */
export const MAX_LISTING_ASSETS = 50;

@InputType('CreateListingInput')
export class CreateListingInput {
  @Field(() => [ID], { description: 'The assets offered as collateral, owned by your enterprise' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LISTING_ASSETS)
  @IsUUID('all', { each: true })
  assetIds: string[];

  @DecimalInputField({ description: 'Financing sought, > 0', greaterThan: '0', scale: 4 })
  amountSought: string;

  @Field(() => String, { defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO-4217 code such as CNY' })
  currency: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  purpose: string;

  @Field(() => ListingVisibility, { defaultValue: ListingVisibility.PUBLIC })
  visibility: ListingVisibility;

  @Field(() => [ID], { nullable: true, description: 'Lenders who may see an INVITED listing' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  invitedLenderIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day offers are taken; none = until withdrawn' })
  @IsOptional()
  expiresOn?: string | null;
}

@InputType('ListingFilter')
export class ListingFilter {
  @Field(() => ListingStatus, { nullable: true, description: 'Effective status (EXPIRED once past expiresOn)' })
  @IsOptional()
  status?: ListingStatus;

  @Field(() => IpKind, { nullable: true, description: 'Listings with at least one asset of this kind' })
  @IsOptional()
  kind?: IpKind;

  @Field(() => String, { nullable: true, description: 'Listings with an asset in an IPC class starting with this' })
  @IsOptional()
  @Matches(/^[A-H](\d{1,2}([A-Z](\d{1,4}(\/\d{0,6})?)?)?)?$/, {
    message: 'must be the start of an IPC symbol, e.g. H01M',
  })
  ipcPrefix?: string;

  @Field(() => String, { nullable: true, description: "The pledgor's city" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  city?: string;

  @DecimalInputField({ nullable: true, min: '0' })
  minAmount?: string;

  @DecimalInputField({ nullable: true, min: '0' })
  maxAmount?: string;

  @Field(() => Int, { nullable: true, description: 'Every asset has at least this many days of protection left' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(36500)
  minRemainingLifeDays?: number;

  @DecimalInputField({ nullable: true, min: '0', description: 'Valuation total when listed, at least this' })
  minValuation?: string;
}
