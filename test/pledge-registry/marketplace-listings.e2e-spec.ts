import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Role } from '@app/auth';
import {
  assertGqlData,
  assertGqlError,
  createAsset,
  createListingAs,
  D,
  e2eEnv,
  expireListing,
  gql,
  LISTING_FIELDS,
  makeOfferAs,
  offerFromNewBank,
  offerInput,
  openListing,
  ownedBy,
  registerBankUser,
  registerSmeUser,
  smeWithAssets,
  sql,
  tokenFor,
  tokenForUser,
  type DemoLogin,
  type MarketListing,
  type PatentInput,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * The marketplace's listings through the gateway: creation rules (ownership, pledgeability,
 * one open listing per asset), the valuation snapshot read from the valuation subgraph,
 * who sees which listing, browsing filters, withdrawal, expiry and the audit trail.
 */

type Who = DemoLogin | { token: string };
const tokenOf = async (who: Who): Promise<string> => (typeof who === 'string' ? tokenFor(who) : who.token);

const getListing = async (id: string, who: Who) =>
  gql<{ listing: MarketListing }>(
    env.gatewayUrl,
    `query($id: ID!) { listing(id: $id) { ${LISTING_FIELDS} } }`,
    { id },
    { token: await tokenOf(who) },
  );

const browse = async (who: Who, filter: Record<string, unknown>, first = 50) =>
  gql<{
    listings: {
      edges: { node: { id: string; status: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    env.gatewayUrl,
    'query($f: ListingFilter, $first: Int, $after: String) { listings(filter: $f, first: $first, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }',
    { f: filter, first },
    { token: await tokenOf(who) },
  );

const browsedIds = async (who: Who, filter: Record<string, unknown>): Promise<string[]> =>
  assertGqlData(await browse(who, filter)).listings.edges.map((e) => e.node.id);

const withdraw = async (id: string, who: Who, key?: string) =>
  gql<{ withdrawListing: MarketListing }>(
    env.gatewayUrl,
    `mutation($id: ID!, $key: String) { withdrawListing(id: $id, idempotencyKey: $key) { ${LISTING_FIELDS} } }`,
    { id, key: key ?? null },
    { token: await tokenOf(who) },
  );

const listingRows = async (partyId: string): Promise<number> =>
  Number(
    (await sql<{ n: string }>('SELECT count(*) AS n FROM registry.listing WHERE pledgor_party_id = $1', [partyId]))[0]
      ?.n,
  );

const trail = async (assetId: string): Promise<{ action: string; subjectType: string; subjectId: string }[]> =>
  assertGqlData(
    await gql<{ assetAuditTrail: { action: string; subjectType: string; subjectId: string }[] }>(
      env.gatewayUrl,
      'query($id: ID!) { assetAuditTrail(assetId: $id) { action subjectType subjectId } }',
      { id: assetId },
      { token: await tokenFor('registrar') },
    ),
  ).assetAuditTrail;

const setRisk = async (id: string, input: Record<string, unknown>): Promise<void> => {
  assertGqlData(
    await gql(
      env.gatewayUrl,
      'mutation($id: ID!, $input: UpdateIpAssetStatusInput!) { updateIpAssetStatus(id: $id, input: $input) { id } }',
      { id, input },
      { token: await tokenFor('registrar') },
    ),
  );
};

describe('createListing', () => {
  it('lists the enterprise’s assets: OPEN, with pledgor, assets and an audit event per asset', async () => {
    const sme = await smeWithAssets(2);
    const listing = assertGqlData(
      await createListingAs(sme, { assetIds: sme.assetIds, amountSought: '2500000.50', termMonths: 24 }),
    ).createListing;
    expect(listing).toMatchObject({
      pledgorPartyId: sme.party.id,
      amount: { amount: '2500000.50', currency: 'CNY' },
      termMonths: 24,
      visibility: 'PUBLIC',
      status: 'OPEN',
      expiresOn: null,
      valuationTotal: null,
      valuedAt: null,
      invitedLenderIds: [],
      pledgor: { id: sme.party.id, city: sme.party.city },
    });
    expect(listing.assets.map((a) => [a.position, a.asset.id])).toEqual([
      [0, sme.assetIds[0]],
      [1, sme.assetIds[1]],
    ]);
    for (const assetId of sme.assetIds) {
      expect(await trail(assetId)).toContainEqual({
        action: 'LISTING_CREATED',
        subjectType: 'LISTING',
        subjectId: listing.id,
      });
    }
  });

  it('snapshots the sum of the latest valuations read from the valuation subgraph; minValuation filters on it', async () => {
    const sme = await smeWithAssets(2);
    const values: string[] = [];
    for (const assetId of sme.assetIds) {
      const res = await gql<{ createValuation: { value: { amount: string } } }>(
        env.gatewayUrl,
        'mutation($input: CreateValuationInput!) { createValuation(input: $input) { value { amount } } }',
        {
          input: {
            assetId,
            assumptions: {
              economicLifeYears: 30,
              taxRate: '0.25',
              discountRate: '0.1',
              reliefFromRoyalty: {
                projection: { baseRevenue: '1000000', growthRate: '0.03', years: 30 },
                royaltyRate: '0.04',
              },
            },
          },
        },
        { token: await tokenFor('bank') },
      );
      values.push(assertGqlData(res).createValuation.value.amount);
    }
    const listing = assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds })).createListing;
    const total = values.map((v) => new D(v)).reduce((a, b) => a.plus(b));
    expect(listing.valuationTotal?.currency).toBe('CNY');
    expect(new D(listing.valuationTotal!.amount).eq(total)).toBe(true);
    expect(listing.valuedAt).not.toBeNull();

    // The gateway joins the valuation subgraph's latestValuation onto the listed assets.
    const joined = await gql<{
      listing: { assets: { asset: { latestValuation: { value: { amount: string } } | null } }[] };
    }>(
      env.gatewayUrl,
      'query($id: ID!) { listing(id: $id) { assets { asset { latestValuation { value { amount } } } } } }',
      { id: listing.id },
      { token: sme.token },
    );
    expect(assertGqlData(joined).listing.assets.map((a) => a.asset.latestValuation?.value.amount)).toEqual(values);

    const city = sme.party.city;
    expect(await browsedIds('bank', { city, minValuation: total.toFixed(4) })).toEqual([listing.id]);
    expect(await browsedIds('bank', { city, minValuation: total.plus('0.01').toFixed(4) })).toEqual([]);
  });

  it.each([
    ['zero amount', { amountSought: '0' }, 'input.amountSought'],
    ['negative amount', { amountSought: '-5' }, 'input.amountSought'],
    ['too many decimals', { amountSought: '1.00001' }, 'input.amountSought'],
    ['expiry in the past', { expiresOn: '2020-01-01' }, 'input.expiresOn'],
    ['invitations on a public listing', { invitedLenderIds: [randomUUID()] }, 'input.invitedLenderIds'],
    ['an INVITED listing without lenders', { visibility: 'INVITED' }, 'input.invitedLenderIds'],
    [
      'an invited party that is not a lender',
      { visibility: 'INVITED', invitedLenderIds: [randomUUID()] },
      'input.invitedLenderIds[0]',
    ],
  ])('%s -> BAD_USER_INPUT naming the field, nothing written', async (_name, change, field) => {
    const sme = await smeWithAssets();
    assertGqlError(await createListingAs(sme, { assetIds: sme.assetIds, ...change }), {
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await listingRows(sme.party.id)).toBe(0);
  });

  it('an unknown asset -> BAD_USER_INPUT naming its position, nothing written', async () => {
    const sme = await smeWithAssets();
    assertGqlError(await createListingAs(sme, { assetIds: [sme.assetIds[0], randomUUID()] }), {
      code: 'BAD_USER_INPUT',
      reason: 'LISTING_INVALID',
      field: 'input.assetIds[1]',
    });
    expect(await listingRows(sme.party.id)).toBe(0);
  });

  it("another enterprise's asset -> BAD_USER_INPUT ASSET_NOT_OWNED, nothing written", async () => {
    const sme = await smeWithAssets();
    const other = await smeWithAssets();
    assertGqlError(await createListingAs(sme, { assetIds: [sme.assetIds[0], other.assetIds[0]] }), {
      code: 'BAD_USER_INPUT',
      reason: 'ASSET_NOT_OWNED',
      field: 'input.assetIds[1]',
    });
    expect(await listingRows(sme.party.id)).toBe(0);
  });

  it('a co-owned asset may be listed by either co-owner', async () => {
    const sme = await registerSmeUser();
    const other = await registerSmeUser();
    const asset = await createAsset({
      owners: [
        { ...ownedBy(other.party)[0]!, share: '40' },
        { ...ownedBy(sme.party)[0]!, share: '60' },
      ],
    });
    assertGqlData(await createListingAs(sme, { assetIds: [asset.id] }));
  });

  it.each<[string, Partial<PatentInput>, Record<string, boolean> | null]>([
    ['a pending application', { legalStatus: 'PENDING', grantDate: null }, null],
    ['a lapsed patent', { legalStatus: 'LAPSED' }, null],
    ['an ownership dispute', {}, { ownershipDispute: true }],
    ['a court preservation order', {}, { courtPreservation: true }],
  ])('%s -> BAD_USER_INPUT ASSET_NOT_PLEDGEABLE', async (_name, patent, risk) => {
    const sme = await registerSmeUser();
    const asset = await createAsset({ owners: ownedBy(sme.party), ...patent });
    if (risk !== null) await setRisk(asset.id, risk);
    assertGqlError(await createListingAs(sme, { assetIds: [asset.id] }), {
      code: 'BAD_USER_INPUT',
      reason: 'ASSET_NOT_PLEDGEABLE',
      field: 'input.assetIds[0]',
    });
    expect(await listingRows(sme.party.id)).toBe(0);
  });

  it('an asset under an active pledge -> ASSET_NOT_PLEDGEABLE', async () => {
    const sme = await smeWithAssets();
    const bank = await registerBankUser();
    // A registered pledge is the pledge module's business; its one-active-pledge row is what counts here.
    const pledgeId = randomUUID();
    await sql(
      `INSERT INTO registry.pledge (id, status, version, registration_number, pledgor_party_id, pledgee_party_id, claim_type,
         claim_amount, claim_currency, debtor_due_date, guarantee_scope, examination_due_date, registered_on)
       VALUES ($1, 'REGISTERED', 1, $2, $3, $4, 'LOAN', 100, 'CNY', '2030-01-01', 'principal', '2026-01-01', '2026-01-01')`,
      [pledgeId, `PL-E2E-${pledgeId.slice(0, 8)}`, sme.party.id, bank.partyId],
    );
    await sql('INSERT INTO registry.active_pledge (asset_id, pledge_id) VALUES ($1, $2)', [sme.assetIds[0], pledgeId]);
    assertGqlError(await createListingAs(sme, { assetIds: sme.assetIds }), {
      code: 'BAD_USER_INPUT',
      reason: 'ASSET_NOT_PLEDGEABLE',
      field: 'input.assetIds[0]',
    });
  });

  it('an asset already in an open listing -> CONFLICT ASSET_ALREADY_LISTED; free again once withdrawn', async () => {
    const sme = await smeWithAssets(2);
    const first = assertGqlData(await createListingAs(sme, { assetIds: [sme.assetIds[0]] })).createListing;
    assertGqlError(await createListingAs(sme, { assetIds: [sme.assetIds[1], sme.assetIds[0]] }), {
      code: 'CONFLICT',
      reason: 'ASSET_ALREADY_LISTED',
      field: 'input.assetIds[1]',
    });
    expect(assertGqlData(await withdraw(first.id, sme)).withdrawListing.status).toBe('WITHDRAWN');
    assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds }));
    expect(await listingRows(sme.party.id)).toBe(2);
  });

  it('two concurrent listings of one asset -> exactly one is created', async () => {
    const sme = await smeWithAssets();
    const results = await Promise.all([1, 2].map(() => createListingAs(sme, { assetIds: sme.assetIds })));
    const created = results.filter((r) => r.body.errors === undefined);
    expect(created).toHaveLength(1);
    assertGqlError(
      results.find((r) => r.body.errors !== undefined)!,
      { code: 'CONFLICT', reason: 'ASSET_ALREADY_LISTED' },
    );
    expect(await listingRows(sme.party.id)).toBe(1);
  });

  it('an expired listing no longer holds its assets: it is written down as EXPIRED when they are listed again', async () => {
    const sme = await smeWithAssets();
    const old = assertGqlData(
      await createListingAs(sme, { assetIds: sme.assetIds, expiresOn: '2099-12-31' }),
    ).createListing;
    await expireListing(old.id);
    expect(assertGqlData(await getListing(old.id, sme)).listing.status).toBe('EXPIRED');
    assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds }));
    const [row] = await sql<{ status: string }>('SELECT status FROM registry.listing WHERE id = $1', [old.id]);
    expect(row?.status).toBe('EXPIRED');
    expect((await trail(sme.assetIds[0]!)).map((e) => e.action)).toEqual([
      'LISTING_CREATED',
      'LISTING_EXPIRED',
      'LISTING_CREATED',
    ]);
  });

  it('the same idempotency key returns the first listing and creates nothing new', async () => {
    const sme = await smeWithAssets();
    const key = `listing-${randomUUID()}`;
    const first = assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds }, key)).createListing;
    const again = assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds }, key)).createListing;
    expect(again.id).toBe(first.id);
    expect(await listingRows(sme.party.id)).toBe(1);
  });

  it.each(['bank', 'registrar', 'program', 'admin'] as const)('%s -> FORBIDDEN', async (login) => {
    const sme = await smeWithAssets();
    assertGqlError(await createListingAs({ token: await tokenFor(login) }, { assetIds: sme.assetIds }), {
      code: 'FORBIDDEN',
    });
  });
});

describe('who sees which listing', () => {
  it('the owner sees every status; another SME and non-invited banks get NOT_FOUND', async () => {
    const { sme, listing } = await openListing();
    const otherSme = await registerSmeUser();
    expect(assertGqlData(await getListing(listing.id, sme)).listing.id).toBe(listing.id);
    expect(assertGqlData(await getListing(listing.id, 'bank')).listing.invitedLenderIds).toBeNull();
    assertGqlError(await getListing(listing.id, otherSme), { code: 'NOT_FOUND', reason: 'LISTING_NOT_FOUND' });
    expect(await browsedIds(otherSme, { city: sme.party.city })).toEqual([]);

    assertGqlData(await withdraw(listing.id, sme));
    expect(assertGqlData(await getListing(listing.id, sme)).listing.status).toBe('WITHDRAWN');
    assertGqlError(await getListing(listing.id, 'bank'), { code: 'NOT_FOUND' });
    expect(await browsedIds('bank', { city: sme.party.city })).toEqual([]);
    expect(await browsedIds(sme, { city: sme.party.city })).toEqual([listing.id]);
  });

  it('an INVITED listing is seen only by the invited banks', async () => {
    const invited = await registerBankUser();
    const outsider = await registerBankUser();
    const { sme, listing } = await openListing({ visibility: 'INVITED', invitedLenderIds: [invited.partyId] });
    expect(listing.invitedLenderIds).toEqual([invited.partyId]);
    expect(assertGqlData(await getListing(listing.id, invited)).listing.id).toBe(listing.id);
    expect(await browsedIds(invited, { city: sme.party.city })).toEqual([listing.id]);
    assertGqlError(await getListing(listing.id, outsider), { code: 'NOT_FOUND' });
    expect(await browsedIds(outsider, { city: sme.party.city })).toEqual([]);
    assertGqlError(await makeOfferAs(outsider, offerInput(listing.id)), {
      code: 'NOT_FOUND',
      reason: 'LISTING_NOT_FOUND',
    });
  });

  it('an expired listing drops out of the banks’ market but stays with its owner as EXPIRED', async () => {
    const { sme, listing } = await openListing({ expiresOn: '2099-12-31' });
    expect(await browsedIds('bank', { city: sme.party.city })).toEqual([listing.id]);
    await expireListing(listing.id);
    expect(await browsedIds('bank', { city: sme.party.city })).toEqual([]);
    assertGqlError(await getListing(listing.id, 'bank'), { code: 'NOT_FOUND' });
    expect(await browsedIds(sme, { city: sme.party.city, status: 'EXPIRED' })).toEqual([listing.id]);
    expect(await browsedIds(sme, { city: sme.party.city, status: 'OPEN' })).toEqual([]);
  });

  it('a bank keeps seeing a listing it has offered on after it closes', async () => {
    const { sme, listing } = await openListing();
    const { bank } = await offerFromNewBank(listing.id);
    assertGqlData(await withdraw(listing.id, sme));
    expect(assertGqlData(await getListing(listing.id, bank)).listing.status).toBe('WITHDRAWN');
  });

  it.each(['registrar', 'program'] as const)('%s -> FORBIDDEN on listings and listing', async (login) => {
    const { listing } = await openListing();
    assertGqlError(await browse(login, {}), { code: 'FORBIDDEN' });
    assertGqlError(await getListing(listing.id, login), { code: 'FORBIDDEN' });
  });

  it('an admin sees any listing', async () => {
    const { listing } = await openListing({
      visibility: 'INVITED',
      invitedLenderIds: [(await registerBankUser()).partyId],
    });
    expect(assertGqlData(await getListing(listing.id, 'admin')).listing.id).toBe(listing.id);
  });

  it('a malformed id -> BAD_USER_INPUT; an unknown one -> NOT_FOUND', async () => {
    assertGqlError(await getListing('nope', 'bank'), { code: 'BAD_USER_INPUT', field: 'id' });
    assertGqlError(await getListing(randomUUID(), 'bank'), { code: 'NOT_FOUND' });
  });
});

describe('browsing listings', () => {
  it('filters by amount, kind, IPC prefix and remaining life, newest first, page by page', async () => {
    const sme = await registerSmeUser();
    const invention = await createAsset({ owners: ownedBy(sme.party), ipcClasses: ['H01M10/05'] });
    const design = await createAsset({
      kind: 'DESIGN',
      filingDate: '2022-03-01',
      owners: ownedBy(sme.party),
      ipcClasses: [],
    });
    const small = assertGqlData(
      await createListingAs(sme, { assetIds: [invention.id], amountSought: '500000' }),
    ).createListing;
    const large = assertGqlData(
      await createListingAs(sme, { assetIds: [design.id], amountSought: '3000000' }),
    ).createListing;
    const city = sme.party.city;

    expect(await browsedIds('bank', { city })).toEqual([large.id, small.id]);
    expect(await browsedIds('bank', { city, minAmount: '1000000' })).toEqual([large.id]);
    expect(await browsedIds('bank', { city, maxAmount: '500000' })).toEqual([small.id]);
    expect(await browsedIds('bank', { city, kind: 'DESIGN' })).toEqual([large.id]);
    expect(await browsedIds('bank', { city, ipcPrefix: 'H01M' })).toEqual([small.id]);
    expect(await browsedIds('bank', { city, ipcPrefix: 'G06F' })).toEqual([]);
    const designLife = Math.min(...[design].map((d) => d.remainingLifeDays ?? 0));
    const inventionLife = invention.remainingLifeDays ?? 0;
    expect(designLife).toBeLessThan(inventionLife);
    expect(await browsedIds('bank', { city, minRemainingLifeDays: designLife + 1 })).toEqual([small.id]);
    expect(await browsedIds('bank', { city, minRemainingLifeDays: designLife })).toEqual([large.id, small.id]);

    const page1 = assertGqlData(await browse('bank', { city }, 1)).listings;
    expect(page1.edges.map((e) => e.node.id)).toEqual([large.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = assertGqlData(
      await gql<{ listings: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
        env.gatewayUrl,
        'query($f: ListingFilter, $after: String) { listings(filter: $f, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
        { f: { city }, after: page1.pageInfo.endCursor },
        { token: await tokenFor('bank') },
      ),
    ).listings;
    expect(page2.edges.map((e) => e.node.id)).toEqual([small.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('a forged cursor -> BAD_USER_INPUT on after', async () => {
    const res = await gql(
      env.gatewayUrl,
      'query { listings(after: "bm90LWEtY3Vyc29y") { edges { cursor } } }',
      {},
      { token: await tokenFor('bank') },
    );
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('withdrawListing', () => {
  it('declines the open offers, audits, and a second withdrawal is a CONFLICT', async () => {
    const { sme, listing } = await openListing();
    const { offer } = await offerFromNewBank(listing.id);
    const key = `withdraw-${randomUUID()}`;
    expect(assertGqlData(await withdraw(listing.id, sme, key)).withdrawListing.status).toBe('WITHDRAWN');
    expect(assertGqlData(await withdraw(listing.id, sme, key)).withdrawListing.status).toBe('WITHDRAWN');
    assertGqlError(await withdraw(listing.id, sme), { code: 'CONFLICT', reason: 'LISTING_NOT_OPEN' });
    const [row] = await sql<{ status: string }>('SELECT status FROM registry.offer WHERE id = $1', [offer.id]);
    expect(row?.status).toBe('DECLINED');
    expect((await trail(listing.assets[0]!.assetId)).map((e) => e.action)).toEqual([
      'LISTING_CREATED',
      'OFFER_MADE',
      'OFFER_DECLINED',
      'LISTING_WITHDRAWN',
    ]);
  });

  it('another SME -> NOT_FOUND; a bank -> FORBIDDEN', async () => {
    const { listing } = await openListing();
    assertGqlError(await withdraw(listing.id, await registerSmeUser()), { code: 'NOT_FOUND' });
    assertGqlError(await withdraw(listing.id, 'bank'), { code: 'FORBIDDEN' });
  });

  it('an SME user without a party -> FORBIDDEN', async () => {
    const token = await tokenForUser({ userId: randomUUID(), login: 'partyless', partyId: null, roles: [Role.SME] });
    const { listing } = await openListing();
    assertGqlError(await withdraw(listing.id, { token }), { code: 'FORBIDDEN', reason: 'NO_PARTY' });
  });
});
