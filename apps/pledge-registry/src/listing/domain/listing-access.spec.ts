import { Role, type Identity } from '@app/auth';
import { canSeeListing, canSeeOffer, listingScope, type ListingAccessFacts } from './listing-access.js';
import { ListingStatus, ListingVisibility } from './listing-rules.js';

const SME_PARTY = '11111111-1111-4111-8111-111111111111';
const BANK_PARTY = '22222222-2222-4222-8222-222222222222';
const OTHER_PARTY = '33333333-3333-4333-8333-333333333333';

const who = (roles: Role[], partyId: string | null): Identity => ({
  userId: '44444444-4444-4444-8444-444444444444',
  login: 'someone',
  partyId,
  roles,
  anonymous: false,
});

const listing = (change: Partial<ListingAccessFacts> = {}): ListingAccessFacts => ({
  pledgorPartyId: SME_PARTY,
  visibility: ListingVisibility.PUBLIC,
  status: ListingStatus.OPEN,
  invited: false,
  offered: false,
  ...change,
});

describe('canSeeListing', () => {
  it.each([
    ['admin, any listing', who([Role.ADMIN], null), listing({ status: ListingStatus.WITHDRAWN }), true],
    ['owner SME, withdrawn', who([Role.SME], SME_PARTY), listing({ status: ListingStatus.WITHDRAWN }), true],
    ['owner SME, expired', who([Role.SME], SME_PARTY), listing({ status: ListingStatus.EXPIRED }), true],
    ['another SME, open public', who([Role.SME], OTHER_PARTY), listing(), false],
    ['bank, open public', who([Role.BANK], BANK_PARTY), listing(), true],
    [
      'bank, open invited, not invited',
      who([Role.BANK], BANK_PARTY),
      listing({ visibility: ListingVisibility.INVITED }),
      false,
    ],
    [
      'bank, open invited, invited',
      who([Role.BANK], BANK_PARTY),
      listing({ visibility: ListingVisibility.INVITED, invited: true }),
      true,
    ],
    ['bank, expired public', who([Role.BANK], BANK_PARTY), listing({ status: ListingStatus.EXPIRED }), false],
    ['bank, withdrawn public', who([Role.BANK], BANK_PARTY), listing({ status: ListingStatus.WITHDRAWN }), false],
    [
      'bank, accepted, had offered',
      who([Role.BANK], BANK_PARTY),
      listing({ status: ListingStatus.ACCEPTED, offered: true }),
      true,
    ],
    ['registrar', who([Role.REGISTRAR], null), listing(), false],
    ['program staff', who([Role.PROGRAM_STAFF], OTHER_PARTY), listing(), false],
    ['bank without a party', who([Role.BANK], null), listing(), false],
  ])('%s -> %s', (_name, identity, facts, expected) => {
    expect(canSeeListing(identity, facts)).toBe(expected);
  });
});

describe('canSeeOffer', () => {
  const offer = { lenderPartyId: BANK_PARTY };
  const onListing = { pledgorPartyId: SME_PARTY };
  it.each([
    ['admin', who([Role.ADMIN], null), true],
    ["the listing's SME", who([Role.SME], SME_PARTY), true],
    ['another SME', who([Role.SME], OTHER_PARTY), false],
    ['the lender', who([Role.BANK], BANK_PARTY), true],
    ['another bank', who([Role.BANK], OTHER_PARTY), false],
    ['registrar', who([Role.REGISTRAR], null), false],
  ])('%s -> %s', (_name, identity, expected) => {
    expect(canSeeOffer(identity, offer, onListing)).toBe(expected);
  });
});

describe('listingScope', () => {
  it('gives each role its own slice, and both to a user holding both roles', () => {
    expect(listingScope(who([Role.ADMIN], null))).toEqual({ all: true, pledgorPartyId: null, lenderPartyId: null });
    expect(listingScope(who([Role.SME], SME_PARTY))).toEqual({
      all: false,
      pledgorPartyId: SME_PARTY,
      lenderPartyId: null,
    });
    expect(listingScope(who([Role.SME, Role.BANK], SME_PARTY))).toEqual({
      all: false,
      pledgorPartyId: SME_PARTY,
      lenderPartyId: SME_PARTY,
    });
    expect(listingScope(who([Role.REGISTRAR], null))).toEqual({
      all: false,
      pledgorPartyId: null,
      lenderPartyId: null,
    });
  });
});
