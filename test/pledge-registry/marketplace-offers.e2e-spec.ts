import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Role } from '@app/auth';
import {
  addCalendarMonthsUtc,
  assertGqlData,
  assertGqlError,
  decideOffer,
  e2eEnv,
  expireListing,
  expireOffer,
  gql,
  makeOfferAs,
  OFFER_FIELDS,
  offerFromNewBank,
  offerInput,
  openListing,
  registerBankUser,
  registerSmeUser,
  smeWithAssets,
  sql,
  todayInChina,
  tokenFor,
  tokenForUser,
  type MarketOffer,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * Offers through the gateway: terms validation, one open offer per bank and listing, who
 * sees which offer, withdrawal and decline, and acceptance, which in one transaction
 * drafts the pledge application, closes the listing and declines the other offers.
 */

const getOffer = async (id: string, who: { token: string }) =>
  gql<{ offer: MarketOffer }>(
    env.gatewayUrl,
    `query($id: ID!) { offer(id: $id) { ${OFFER_FIELDS} } }`,
    { id },
    { token: who.token },
  );

const offersOn = async (listingId: string, who: { token: string }, orderBy = 'NEWEST') =>
  assertGqlData(
    await gql<{ listing: { status: string; offers: { id: string; status: string }[] } }>(
      env.gatewayUrl,
      'query($id: ID!, $order: OfferOrder!) { listing(id: $id) { status offers(orderBy: $order) { id status } } }',
      { id: listingId, order: orderBy },
      { token: who.token },
    ),
  ).listing;

const offerStatus = async (id: string): Promise<string | undefined> =>
  (await sql<{ status: string }>('SELECT status FROM registry.offer WHERE id = $1', [id]))[0]?.status;

const actions = async (assetId: string): Promise<string[]> =>
  assertGqlData(
    await gql<{ assetAuditTrail: { action: string }[] }>(
      env.gatewayUrl,
      'query($id: ID!) { assetAuditTrail(assetId: $id) { action } }',
      { id: assetId },
      { token: await tokenFor('registrar') },
    ),
  ).assetAuditTrail.map((e) => e.action);

describe('makeOffer', () => {
  it('records an OPEN offer with exact terms and an OFFER_MADE audit event', async () => {
    const { listing } = await openListing();
    const bank = await registerBankUser();
    const offer = assertGqlData(
      await makeOfferAs(bank, offerInput(listing.id, { amount: '750000.25', annualRate: '0.04350001', ltv: '1' })),
    ).makeOffer;
    expect(offer).toMatchObject({
      listingId: listing.id,
      lenderPartyId: bank.partyId,
      amount: { amount: '750000.25', currency: 'CNY' },
      annualRate: '0.04350001',
      ltv: '1',
      termMonths: 12,
      repaymentMethod: 'ANNUITY',
      status: 'OPEN',
      pledgeApplicationId: null,
      lender: { id: bank.partyId },
    });
    expect(await actions(listing.assets[0]!.assetId)).toEqual(['LISTING_CREATED', 'OFFER_MADE']);
  });

  it.each([
    ['amount 0', { amount: '0' }, 'input.amount'],
    ['negative amount', { amount: '-1' }, 'input.amount'],
    ['rate 0', { annualRate: '0' }, 'input.annualRate'],
    ['rate 1', { annualRate: '1' }, 'input.annualRate'],
    ['rate given in percent', { annualRate: '4.35' }, 'input.annualRate'],
    ['LTV 0', { ltv: '0' }, 'input.ltv'],
    ['LTV above 1', { ltv: '1.2' }, 'input.ltv'],
    ['expiry in the past', { expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
    ['another currency than the listing', { currency: 'USD' }, 'input.currency'],
  ])('%s -> BAD_USER_INPUT naming the field, nothing written', async (_name, change, field) => {
    const { listing } = await openListing();
    const bank = await registerBankUser();
    assertGqlError(await makeOfferAs(bank, offerInput(listing.id, change)), { code: 'BAD_USER_INPUT', field });
    const rows = await sql('SELECT 1 FROM registry.offer WHERE listing_id = $1', [listing.id]);
    expect(rows).toHaveLength(0);
  });

  it('on its own listing (a user acting as SME and bank of one party) -> BAD_USER_INPUT OWN_LISTING', async () => {
    const sme = await smeWithAssets();
    const both = {
      token: await tokenForUser({
        userId: sme.userId,
        login: 'sme-and-bank',
        partyId: sme.party.id,
        roles: [Role.SME, Role.BANK],
      }),
    };
    const listing = assertGqlData(
      await gql<{ createListing: { id: string } }>(
        env.gatewayUrl,
        'mutation($input: CreateListingInput!) { createListing(input: $input) { id } }',
        { input: { assetIds: sme.assetIds, amountSought: '100000', termMonths: 6, purpose: 'Inventory' } },
        { token: both.token },
      ),
    ).createListing;
    assertGqlError(await makeOfferAs(both, offerInput(listing.id)), {
      code: 'BAD_USER_INPUT',
      reason: 'OWN_LISTING',
      field: 'input.listingId',
    });
  });

  it('on a withdrawn or an expired listing -> CONFLICT LISTING_NOT_OPEN', async () => {
    const withdrawn = await openListing();
    assertGqlData(
      await gql(
        env.gatewayUrl,
        'mutation($id: ID!) { withdrawListing(id: $id) { id } }',
        { id: withdrawn.listing.id },
        {
          token: withdrawn.sme.token,
        },
      ),
    );
    const expired = await openListing({ expiresOn: '2099-12-31' });
    await expireListing(expired.listing.id);
    const bank = await registerBankUser();
    for (const { listing } of [withdrawn, expired]) {
      assertGqlError(await makeOfferAs(bank, offerInput(listing.id)), { code: 'CONFLICT', reason: 'LISTING_NOT_OPEN' });
    }
  });

  it('on an unknown listing -> NOT_FOUND', async () => {
    assertGqlError(await makeOfferAs(await registerBankUser(), offerInput(randomUUID())), {
      code: 'NOT_FOUND',
      reason: 'LISTING_NOT_FOUND',
    });
  });

  it('one open offer per bank and listing: a second is a CONFLICT until the first is withdrawn or has expired', async () => {
    const { listing } = await openListing();
    const { bank, offer } = await offerFromNewBank(listing.id);
    assertGqlError(await makeOfferAs(bank, offerInput(listing.id)), { code: 'CONFLICT', reason: 'OFFER_EXISTS' });
    expect(assertGqlData(await decideOffer(bank, 'withdrawOffer', offer.id)).withdrawOffer.status).toBe('WITHDRAWN');
    const second = assertGqlData(await makeOfferAs(bank, offerInput(listing.id))).makeOffer;
    await expireOffer(second.id);
    expect(assertGqlData(await getOffer(second.id, bank)).offer.status).toBe('EXPIRED');
    const third = assertGqlData(await makeOfferAs(bank, offerInput(listing.id))).makeOffer;
    expect(third.status).toBe('OPEN');
    expect(await offerStatus(second.id)).toBe('EXPIRED');
  });

  it('the same idempotency key returns the first offer', async () => {
    const { listing } = await openListing();
    const bank = await registerBankUser();
    const key = `offer-${randomUUID()}`;
    const input = offerInput(listing.id);
    const first = assertGqlData(await makeOfferAs(bank, input, key)).makeOffer;
    const again = assertGqlData(await makeOfferAs(bank, input, key)).makeOffer;
    expect(again.id).toBe(first.id);
    assertGqlError(await makeOfferAs(bank, offerInput(listing.id, { amount: '1' }), key), {
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it.each(['sme', 'registrar', 'program', 'admin'] as const)('%s -> FORBIDDEN', async (login) => {
    const { listing } = await openListing();
    assertGqlError(await makeOfferAs({ token: await tokenFor(login) }, offerInput(listing.id)), { code: 'FORBIDDEN' });
  });
});

describe('who sees which offer', () => {
  it("an offer's listing resolves for its bank and the SME, batched across a page of offers", async () => {
    const { sme, listing } = await openListing();
    const [first, second] = await Promise.all([offerFromNewBank(listing.id), offerFromNewBank(listing.id)]);
    const OFFERS = 'query($id: ID!) { listing(id: $id) { offers { id listing { id pledgorPartyId } } } }';
    const seen = assertGqlData(
      await gql<{ listing: { offers: { id: string; listing: { id: string; pledgorPartyId: string } }[] } }>(
        env.gatewayUrl,
        OFFERS,
        { id: listing.id },
        { token: sme.token },
      ),
    ).listing.offers;
    expect(seen.map((o) => o.id).sort()).toEqual([first.offer.id, second.offer.id].sort());
    expect(seen.map((o) => o.listing)).toEqual([
      { id: listing.id, pledgorPartyId: sme.party.id },
      { id: listing.id, pledgorPartyId: sme.party.id },
    ]);
    const own = assertGqlData(
      await gql<{ offer: { listing: { id: string } } }>(
        env.gatewayUrl,
        'query($id: ID!) { offer(id: $id) { listing { id } } }',
        { id: first.offer.id },
        { token: first.bank.token },
      ),
    ).offer;
    expect(own.listing.id).toBe(listing.id);
  });

  it("the listing's SME sees every offer, a bank only its own; others get NOT_FOUND", async () => {
    const { sme, listing } = await openListing();
    const a = await offerFromNewBank(listing.id, { annualRate: '0.05', amount: '600000' });
    const b = await offerFromNewBank(listing.id, { annualRate: '0.04', amount: '900000' });

    expect((await offersOn(listing.id, sme, 'RATE_ASC')).offers.map((o) => o.id)).toEqual([b.offer.id, a.offer.id]);
    expect((await offersOn(listing.id, sme, 'AMOUNT_DESC')).offers.map((o) => o.id)).toEqual([b.offer.id, a.offer.id]);
    expect((await offersOn(listing.id, sme, 'NEWEST')).offers.map((o) => o.id)).toEqual([b.offer.id, a.offer.id]);
    expect((await offersOn(listing.id, a.bank)).offers.map((o) => o.id)).toEqual([a.offer.id]);
    expect((await offersOn(listing.id, { token: await tokenFor('bank') })).offers).toEqual([]);

    expect(assertGqlData(await getOffer(a.offer.id, sme)).offer.id).toBe(a.offer.id);
    expect(assertGqlData(await getOffer(a.offer.id, a.bank)).offer.id).toBe(a.offer.id);
    assertGqlError(await getOffer(a.offer.id, b.bank), { code: 'NOT_FOUND', reason: 'OFFER_NOT_FOUND' });
    assertGqlError(await getOffer(a.offer.id, await registerSmeUser()), { code: 'NOT_FOUND' });
    assertGqlError(await getOffer(a.offer.id, { token: await tokenFor('registrar') }), { code: 'FORBIDDEN' });
    assertGqlError(await getOffer(a.offer.id, { token: await tokenFor('program') }), { code: 'FORBIDDEN' });
    expect(assertGqlData(await getOffer(a.offer.id, { token: await tokenFor('admin') })).offer.id).toBe(a.offer.id);
  });

  it("another bank cannot withdraw an offer (NOT_FOUND), nor can an SME decline another's (NOT_FOUND)", async () => {
    const { listing } = await openListing();
    const { offer } = await offerFromNewBank(listing.id);
    assertGqlError(await decideOffer(await registerBankUser(), 'withdrawOffer', offer.id), { code: 'NOT_FOUND' });
    assertGqlError(await decideOffer(await registerSmeUser(), 'declineOffer', offer.id), { code: 'NOT_FOUND' });
    assertGqlError(await decideOffer(await registerSmeUser(), 'acceptOffer', offer.id), { code: 'NOT_FOUND' });
    assertGqlError(await decideOffer({ token: await tokenFor('bank') }, 'acceptOffer', offer.id), {
      code: 'FORBIDDEN',
    });
    assertGqlError(await decideOffer({ token: await tokenFor('sme') }, 'withdrawOffer', offer.id), {
      code: 'FORBIDDEN',
    });
    expect(await offerStatus(offer.id)).toBe('OPEN');
  });
});

describe('declineOffer and withdrawOffer', () => {
  it('decline: DECLINED and audited; declining again is a CONFLICT; the bank may then offer anew', async () => {
    const { sme, listing } = await openListing();
    const { bank, offer } = await offerFromNewBank(listing.id);
    const declined = assertGqlData(await decideOffer(sme, 'declineOffer', offer.id)).declineOffer;
    expect(declined.status).toBe('DECLINED');
    expect(declined.decidedAt).not.toBeNull();
    assertGqlError(await decideOffer(sme, 'declineOffer', offer.id), { code: 'CONFLICT', reason: 'OFFER_NOT_OPEN' });
    assertGqlData(await makeOfferAs(bank, offerInput(listing.id)));
    expect(await actions(listing.assets[0]!.assetId)).toEqual([
      'LISTING_CREATED',
      'OFFER_MADE',
      'OFFER_DECLINED',
      'OFFER_MADE',
    ]);
  });

  it('withdraw: WITHDRAWN and audited; it can then not be accepted', async () => {
    const { sme, listing } = await openListing();
    const { bank, offer } = await offerFromNewBank(listing.id);
    assertGqlData(await decideOffer(bank, 'withdrawOffer', offer.id));
    assertGqlError(await decideOffer(sme, 'acceptOffer', offer.id), { code: 'CONFLICT', reason: 'OFFER_NOT_OPEN' });
    expect(await actions(listing.assets[0]!.assetId)).toEqual(['LISTING_CREATED', 'OFFER_MADE', 'OFFER_WITHDRAWN']);
  });
});

describe('acceptOffer', () => {
  it('accepts, drafts the pledge application, closes the listing and declines the other offers, in one go', async () => {
    const sme = await smeWithAssets(2);
    const listing = assertGqlData(
      await gql<{ createListing: { id: string } }>(
        env.gatewayUrl,
        'mutation($input: CreateListingInput!) { createListing(input: $input) { id } }',
        { input: { assetIds: sme.assetIds, amountSought: '2000000', termMonths: 24, purpose: 'R&D' } },
        { token: sme.token },
      ),
    ).createListing;
    const winner = await offerFromNewBank(listing.id, { amount: '1500000.50', termMonths: 18 });
    const loser = await offerFromNewBank(listing.id);
    const key = `accept-${randomUUID()}`;

    const accepted = assertGqlData(await decideOffer(sme, 'acceptOffer', winner.offer.id, key)).acceptOffer;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.pledgeApplicationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await offerStatus(loser.offer.id)).toBe('DECLINED');
    expect((await offersOn(listing.id, sme)).status).toBe('ACCEPTED');

    const [pledge] = await sql<{
      status: string;
      pledgor_party_id: string;
      pledgee_party_id: string;
      claim_type: string;
      claim_amount: string;
      claim_currency: string;
      due: string;
      assets: string[];
    }>(
      `SELECT p.status, p.pledgor_party_id, p.pledgee_party_id, p.claim_type, p.claim_amount, p.claim_currency,
              to_char(p.debtor_due_date, 'YYYY-MM-DD') AS due,
              array(SELECT asset_id::text FROM registry.pledge_asset pa WHERE pa.pledge_id = p.id ORDER BY position) AS assets
         FROM registry.pledge p WHERE p.id = $1`,
      [accepted.pledgeApplicationId],
    );
    const due = addCalendarMonthsUtc(new Date(`${todayInChina()}T00:00:00Z`), 18)
      .toISOString()
      .slice(0, 10);
    expect(pledge).toEqual({
      status: 'DRAFT',
      pledgor_party_id: sme.party.id,
      pledgee_party_id: winner.bank.partyId,
      claim_type: 'LOAN',
      claim_amount: '1500000.5000',
      claim_currency: 'CNY',
      due,
      assets: sme.assetIds,
    });
    for (const assetId of sme.assetIds) {
      expect(await actions(assetId)).toEqual([
        'LISTING_CREATED',
        'OFFER_MADE',
        'OFFER_MADE',
        'PLEDGE_DRAFTED',
        'OFFER_ACCEPTED',
        'OFFER_DECLINED',
        'LISTING_ACCEPTED',
      ]);
    }

    // A retry with the key replays the result; without it, the offer is no longer open.
    const replay = assertGqlData(await decideOffer(sme, 'acceptOffer', winner.offer.id, key)).acceptOffer;
    expect(replay).toMatchObject({
      id: accepted.id,
      status: 'ACCEPTED',
      pledgeApplicationId: accepted.pledgeApplicationId,
    });
    assertGqlError(await decideOffer(sme, 'acceptOffer', winner.offer.id), {
      code: 'CONFLICT',
      reason: 'OFFER_NOT_OPEN',
    });
    const pledges = await sql('SELECT 1 FROM registry.pledge WHERE pledgor_party_id = $1', [sme.party.id]);
    expect(pledges).toHaveLength(1);

    // The winning bank still sees the closed listing and its own accepted offer.
    expect((await offersOn(listing.id, winner.bank)).offers).toEqual([{ id: winner.offer.id, status: 'ACCEPTED' }]);
  });

  it('an expired offer -> CONFLICT OFFER_NOT_OPEN, nothing drafted', async () => {
    const { sme, listing } = await openListing();
    const { offer } = await offerFromNewBank(listing.id);
    await expireOffer(offer.id);
    assertGqlError(await decideOffer(sme, 'acceptOffer', offer.id), {
      code: 'CONFLICT',
      reason: 'OFFER_NOT_OPEN',
    });
    expect(await sql('SELECT 1 FROM registry.pledge WHERE pledgor_party_id = $1', [sme.party.id])).toHaveLength(0);
  });

  it('an open offer on an expired listing -> CONFLICT LISTING_NOT_OPEN', async () => {
    const { sme, listing } = await openListing({ expiresOn: '2099-12-31' });
    const { offer } = await offerFromNewBank(listing.id);
    await expireListing(listing.id);
    assertGqlError(await decideOffer(sme, 'acceptOffer', offer.id), { code: 'CONFLICT', reason: 'LISTING_NOT_OPEN' });
    expect(await offerStatus(offer.id)).toBe('OPEN');
  });

  it('two concurrent acceptances of different offers on one listing: exactly one wins', async () => {
    const { sme, listing } = await openListing();
    const a = await offerFromNewBank(listing.id);
    const b = await offerFromNewBank(listing.id);
    const results = await Promise.all([a, b].map((o) => decideOffer(sme, 'acceptOffer', o.offer.id)));
    const won = results.filter((r) => r.body.errors === undefined);
    expect(won).toHaveLength(1);
    assertGqlError(
      results.find((r) => r.body.errors !== undefined)!,
      { code: 'CONFLICT' },
    );
    const statuses = await sql<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM registry.offer WHERE listing_id = $1 GROUP BY status ORDER BY status',
      [listing.id],
    );
    expect(statuses).toEqual([
      { status: 'ACCEPTED', n: '1' },
      { status: 'DECLINED', n: '1' },
    ]);
    expect(await sql('SELECT 1 FROM registry.pledge WHERE pledgor_party_id = $1', [sme.party.id])).toHaveLength(1);
  });
});
