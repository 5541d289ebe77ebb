import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, MoneyModel, type Decimal } from '@app/money';
import { connectionType, LocalDateScalar } from '@app/platform';
import {
  ListingStatus,
  ListingVisibility,
  OfferStatus,
  RepaymentMethod,
} from '@registry/listing/domain/listing-rules.js';

registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'OPEN, WITHDRAWN, ACCEPTED; EXPIRED once past its last day while still open',
});
registerEnumType(ListingVisibility, {
  name: 'ListingVisibility',
  description: 'PUBLIC: every lender; INVITED: only the invited lenders',
});
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'OPEN, WITHDRAWN, DECLINED, ACCEPTED; EXPIRED once past expiresAt while still open',
});
registerEnumType(RepaymentMethod, { name: 'RepaymentMethod' });

export enum OfferOrder {
  NEWEST = 'NEWEST',
  RATE_ASC = 'RATE_ASC',
  AMOUNT_DESC = 'AMOUNT_DESC',
}
registerEnumType(OfferOrder, {
  name: 'OfferOrder',
  description: 'NEWEST first, lowest annual rate first, or largest amount first',
});

@ObjectType('ListingAsset', { description: 'An asset offered as collateral in a listing' })
export class ListingAssetModel {
  @Field(() => Int)
  position: number;

  @Field(() => ID)
  assetId: string;
}

@ObjectType('Offer', { description: "A lender's loan offer on a listing" })
export class OfferModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  listingId: string;

  @Field(() => ID)
  lenderPartyId: string;

  @Field(() => MoneyModel)
  amount: MoneyModel;

  @Field(() => DecimalScalar, { description: 'Nominal annual rate as a fraction' })
  annualRate: Decimal;

  @Field(() => Int)
  termMonths: number;

  @Field(() => RepaymentMethod)
  repaymentMethod: RepaymentMethod;

  @Field(() => DecimalScalar, { description: 'Loan-to-value as a fraction' })
  ltv: Decimal;

  @Field(() => String, { nullable: true })
  conditions: string | null;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => OfferStatus, { description: 'Effective status' })
  status: OfferStatus;

  @Field(() => ID, { nullable: true, description: 'The draft pledge application created when the offer was accepted' })
  pledgeApplicationId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the offer stopped being open' })
  decidedAt: Date | null;
}

@ObjectType('Listing', { description: "An SME's request for pledge financing, open to lenders' offers" })
export class ListingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pledgorPartyId: string;

  @Field(() => MoneyModel, { description: 'Financing sought' })
  amount: MoneyModel;

  @Field(() => Int)
  termMonths: number;

  @Field()
  purpose: string;

  @Field(() => ListingVisibility)
  visibility: ListingVisibility;

  @Field(() => ListingStatus, { description: 'Effective status' })
  status: ListingStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day offers are taken' })
  expiresOn: string | null;

  @Field(() => MoneyModel, {
    nullable: true,
    description:
      "Sum of the assets' latest valuations when listed; null when any asset had none or valuation was unavailable",
  })
  valuationTotal: MoneyModel | null;

  @Field(() => Date, { nullable: true, description: 'The oldest of the valuations summed in valuationTotal' })
  valuedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const ListingConnection = connectionType(ListingModel, 'Listing');
