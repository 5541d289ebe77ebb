import { AppException, PublicErrorCode } from '@app/errors';

export enum ListingErrorReason {
  LISTING_NOT_FOUND = 'LISTING_NOT_FOUND',
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  LISTING_INVALID = 'LISTING_INVALID',
  OFFER_INVALID = 'OFFER_INVALID',
  ASSET_NOT_OWNED = 'ASSET_NOT_OWNED',
  ASSET_NOT_PLEDGEABLE = 'ASSET_NOT_PLEDGEABLE',
  ASSET_ALREADY_LISTED = 'ASSET_ALREADY_LISTED',
  LISTING_NOT_OPEN = 'LISTING_NOT_OPEN',
  OFFER_NOT_OPEN = 'OFFER_NOT_OPEN',
  OFFER_EXISTS = 'OFFER_EXISTS',
  OWN_LISTING = 'OWN_LISTING',
  NO_PARTY = 'NO_PARTY',
  CREDIT_LISTED = 'CREDIT_LISTED',
}

export class ListingException extends AppException {
  static listingNotFound(id: string): ListingException {
    return new ListingException(
      PublicErrorCode.NOT_FOUND,
      ListingErrorReason.LISTING_NOT_FOUND,
      `Listing ${id} not found`,
    );
  }

  static offerNotFound(id: string): ListingException {
    return new ListingException(PublicErrorCode.NOT_FOUND, ListingErrorReason.OFFER_NOT_FOUND, `Offer ${id} not found`);
  }

  static invalid(field: string, message: string, reason = ListingErrorReason.LISTING_INVALID): ListingException {
    return new ListingException(PublicErrorCode.BAD_USER_INPUT, reason, `${field}: ${message}`, { field });
  }

  static alreadyListed(field: string, assetId?: string): ListingException {
    return new ListingException(
      PublicErrorCode.CONFLICT,
      ListingErrorReason.ASSET_ALREADY_LISTED,
      `${field}: ${assetId === undefined ? 'an asset' : `asset ${assetId}`} is already in an open listing`,
      { field },
    );
  }

  static listingNotOpen(status: string): ListingException {
    return new ListingException(
      PublicErrorCode.CONFLICT,
      ListingErrorReason.LISTING_NOT_OPEN,
      `The listing is ${status}, not OPEN`,
      { details: { status } },
    );
  }

  static offerNotOpen(status: string): ListingException {
    return new ListingException(
      PublicErrorCode.CONFLICT,
      ListingErrorReason.OFFER_NOT_OPEN,
      `The offer is ${status}, not OPEN`,
      { details: { status } },
    );
  }

  static offerExists(): ListingException {
    return new ListingException(
      PublicErrorCode.CONFLICT,
      ListingErrorReason.OFFER_EXISTS,
      'input.listingId: you already have an open offer on this listing; withdraw it first',
      { field: 'input.listingId' },
    );
  }

  static ownListing(): ListingException {
    return new ListingException(
      PublicErrorCode.BAD_USER_INPUT,
      ListingErrorReason.OWN_LISTING,
      'input.listingId: a lender cannot offer on its own listing',
      { field: 'input.listingId' },
    );
  }

  static noParty(): ListingException {
    return new ListingException(
      PublicErrorCode.FORBIDDEN,
      ListingErrorReason.NO_PARTY,
      'Your user does not act for a party',
    );
  }

  static creditListed(): ListingException {
    return new ListingException(
      PublicErrorCode.FORBIDDEN,
      ListingErrorReason.CREDIT_LISTED,
      'Your enterprise is on the IP credit-loss list, and program policy refuses it pledge financing',
    );
  }
}
