import { Module } from '@nestjs/common';
import { AuditModule } from '@registry/audit/audit.module.js';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { ListingRepository } from '@registry/listing/listing.repository.js';
import { ListingAssetResolver, ListingResolver } from '@registry/listing/listing.resolver.js';
import { ListingService } from '@registry/listing/listing.service.js';
import { OfferResolver } from '@registry/listing/offer.resolver.js';
import { OfferService } from '@registry/listing/offer.service.js';
import { RequestLoaders } from '@app/platform';
import { PartyModule } from '@registry/party/party.module.js';
import { PledgeModule } from '@registry/pledge/pledge.module.js';
import { ValuationClientModule } from '@registry/valuation-client/valuation-client.module.js';

/** The marketplace: SMEs list assets for pledge financing, banks make offers, an acceptance drafts the pledge. */
@Module({
  imports: [
    AuditModule,
    CreditModule,
    IdempotencyModule,
    IpAssetModule,
    PartyModule,
    PledgeModule,
    ValuationClientModule,
  ],
  providers: [
    ListingRepository,
    ListingService,
    OfferService,
    RequestLoaders,
    ListingResolver,
    ListingAssetResolver,
    OfferResolver,
  ],
  exports: [ListingService, OfferService],
})
export class ListingModule {}
