import { Role, type Identity } from '@app/auth';
import { ListingStatus, ListingVisibility } from './listing-rules.js';

/**
 * Who sees which listing and offer. Admins see everything; an SME sees its enterprise's
 * listings and every offer on them; a bank sees open listings that are public or invite
 * it, any listing it has offered on, and only its own offers. Registrars and program
 * staff have no marketplace access (the resolvers' @Roles refuse them).
 */

/** The parts of a listing visibility depends on. */
export interface ListingAccessFacts {
  pledgorPartyId: string;
  visibility: ListingVisibility;
  /** Effective status. */
  status: ListingStatus;
  /** The viewer's party is among the invited lenders. */
  invited: boolean;
  /** The viewer's party has made an offer on it (in any status). */
  offered: boolean;
}

/** The listings a viewer may see, as the repository's query scope. */
export interface ListingScope {
  all: boolean;
  /** Listings of this enterprise. */
  pledgorPartyId: string | null;
  /** Listings open to this lender, or offered on by it. */
  lenderPartyId: string | null;
}

export function listingScope(identity: Identity): ListingScope {
  const party = identity.partyId;
  return {
    all: identity.roles.includes(Role.ADMIN),
    pledgorPartyId: identity.roles.includes(Role.SME) ? party : null,
    lenderPartyId: identity.roles.includes(Role.BANK) ? party : null,
  };
}

export function canSeeListing(identity: Identity, listing: ListingAccessFacts): boolean {
  const scope = listingScope(identity);
  if (scope.all) return true;
  if (scope.pledgorPartyId !== null && scope.pledgorPartyId === listing.pledgorPartyId) return true;
  if (scope.lenderPartyId === null) return false;
  if (listing.offered) return true;
  return listing.status === ListingStatus.OPEN && (listing.visibility === ListingVisibility.PUBLIC || listing.invited);
}

/** The listing's pledgor sees all its offers; a lender only its own. */
export function canSeeOffer(
  identity: Identity,
  offer: { lenderPartyId: string },
  listing: { pledgorPartyId: string },
): boolean {
  const scope = listingScope(identity);
  if (scope.all) return true;
  if (scope.pledgorPartyId !== null && scope.pledgorPartyId === listing.pledgorPartyId) return true;
  return scope.lenderPartyId !== null && scope.lenderPartyId === offer.lenderPartyId;
}
