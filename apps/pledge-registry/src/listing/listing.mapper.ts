import { Money, MoneyModel } from '@app/money';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { effectiveListingStatus, effectiveOfferStatus } from '@registry/listing/domain/listing-rules.js';
import { ListingModel, OfferModel } from '@registry/listing/dto/listing.model.js';
import type { ListingEntity } from '@registry/listing/listing.entity.js';
import type { OfferEntity } from '@registry/listing/offer.entity.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';

/** Entity -> GraphQL model, with the status effective today (EXPIRED past its last day). */
export function toListingModel(entity: ListingEntity, today: string = registryToday()): ListingModel {
  return Object.assign(new ListingModel(), {
    id: entity.id,
    pledgorPartyId: entity.pledgorPartyId,
    amount: MoneyModel.from(Money.of(entity.amountSought, entity.currency)),
    termMonths: entity.termMonths,
    purpose: entity.purpose,
    visibility: entity.visibility,
    status: effectiveListingStatus(entity.status, entity.expiresOn, today),
    expiresOn: entity.expiresOn,
    valuationTotal:
      entity.valuationTotal === null || entity.valuationCurrency === null
        ? null
        : MoneyModel.from(Money.of(entity.valuationTotal, entity.valuationCurrency)),
    valuedAt: entity.valuedAt,
    createdAt: entity.createdAt,
  });
}

/** Entity -> GraphQL model, with the status effective now. */
export function toOfferModel(entity: OfferEntity, now: Date = new Date()): OfferModel {
  return Object.assign(new OfferModel(), {
    id: entity.id,
    listingId: entity.listingId,
    lenderPartyId: entity.lenderPartyId,
    amount: MoneyModel.from(Money.of(entity.amount, entity.currency)),
    annualRate: entity.annualRate,
    termMonths: entity.termMonths,
    repaymentMethod: entity.repaymentMethod,
    ltv: entity.ltv,
    conditions: entity.conditions,
    expiresAt: entity.expiresAt,
    status: effectiveOfferStatus(entity.status, entity.expiresAt, now),
    pledgeApplicationId: entity.pledgeId,
    createdAt: entity.createdAt,
    decidedAt: entity.decidedAt,
  });
}

/** A listing's state as an audit event records it (money as strings). */
export function listingAuditState(entity: ListingEntity, status = entity.status): JsonValue {
  return {
    status,
    pledgorPartyId: entity.pledgorPartyId,
    amountSought: entity.amountSought.toFixed(4),
    currency: entity.currency,
    termMonths: entity.termMonths,
    visibility: entity.visibility,
    expiresOn: entity.expiresOn,
    valuationTotal: entity.valuationTotal?.toFixed(4) ?? null,
  };
}

/** An offer's state as an audit event records it (money and rates as strings). */
export function offerAuditState(entity: OfferEntity, status = entity.status, pledgeId = entity.pledgeId): JsonValue {
  return {
    status,
    listingId: entity.listingId,
    lenderPartyId: entity.lenderPartyId,
    amount: entity.amount.toFixed(4),
    currency: entity.currency,
    annualRate: entity.annualRate.toFixed(8),
    termMonths: entity.termMonths,
    repaymentMethod: entity.repaymentMethod,
    ltv: entity.ltv.toFixed(8),
    expiresAt: entity.expiresAt.toISOString(),
    pledgeId,
  };
}
