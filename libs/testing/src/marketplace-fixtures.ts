import { e2eEnv } from './e2e-env.js';
import { assertGqlData } from './expectations.js';
import { sql } from './fixtures.js';
import { gql, type GqlResponse } from './graphql.js';
import {
  createAsset,
  ownedBy,
  registerBankUser,
  registerSmeUser,
  type TestBank,
  type TestSme,
} from './valuation-fixtures.js';

/**
 * Fixtures for the marketplace e2e specs: fresh SMEs with listable assets, listings and
 * offers through the API, and SQL helpers that move expiry dates into the past (the API
 * refuses past dates, and no test should wait for a day to end).
 */

export const OFFER_FIELDS = `id listingId lenderPartyId amount { amount currency } annualRate termMonths repaymentMethod
  ltv conditions expiresAt status pledgeApplicationId createdAt decidedAt lender { id name }`;

export const LISTING_FIELDS = `id pledgorPartyId amount { amount currency } termMonths purpose visibility status expiresOn
  valuationTotal { amount currency } valuedAt createdAt invitedLenderIds pledgor { id name city }
  assets { position assetId asset { id number } }`;

export interface MarketListing {
  id: string;
  pledgorPartyId: string;
  amount: { amount: string; currency: string };
  termMonths: number;
  purpose: string;
  visibility: string;
  status: string;
  expiresOn: string | null;
  valuationTotal: { amount: string; currency: string } | null;
  valuedAt: string | null;
  createdAt: string;
  invitedLenderIds: string[] | null;
  pledgor: { id: string; name: string; city: string };
  assets: { position: number; assetId: string; asset: { id: string; number: string } }[];
}

export interface MarketOffer {
  id: string;
  listingId: string;
  lenderPartyId: string;
  amount: { amount: string; currency: string };
  annualRate: string;
  termMonths: number;
  repaymentMethod: string;
  ltv: string;
  conditions: string | null;
  expiresAt: string;
  status: string;
  pledgeApplicationId: string | null;
  createdAt: string;
  decidedAt: string | null;
  lender: { id: string; name: string };
}

/** A fresh SME user whose enterprise solely owns `assets` new granted inventions. */
export async function smeWithAssets(assets = 1): Promise<TestSme & { assetIds: string[] }> {
  const sme = await registerSmeUser();
  const assetIds: string[] = [];
  for (let i = 0; i < assets; i++) assetIds.push((await createAsset({ owners: ownedBy(sme.party) })).id);
  return { ...sme, assetIds };
}

/** Runs `createListing` with sensible defaults for everything but the assets. */
export async function createListingAs(
  who: { token: string },
  input: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<GqlResponse<{ createListing: MarketListing }>> {
  return gql<{ createListing: MarketListing }>(
    e2eEnv().gatewayUrl,
    `mutation($input: CreateListingInput!, $key: String) { createListing(input: $input, idempotencyKey: $key) { ${LISTING_FIELDS} } }`,
    {
      input: {
        amountSought: '1000000',
        termMonths: 12,
        purpose: 'Working capital for a new production line',
        ...input,
      },
      key: idempotencyKey ?? null,
    },
    { token: who.token },
  );
}

/** A fresh SME with one asset, listed PUBLIC (or with `input` changes). */
export async function openListing(
  input: Record<string, unknown> = {},
): Promise<{ sme: TestSme & { assetIds: string[] }; listing: MarketListing }> {
  const sme = await smeWithAssets();
  const listing = assertGqlData(await createListingAs(sme, { assetIds: sme.assetIds, ...input })).createListing;
  return { sme, listing };
}

/** Valid `MakeOfferInput` for the listing, expiring in 30 days. */
export function offerInput(listingId: string, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    listingId,
    amount: '800000',
    annualRate: '0.0435',
    termMonths: 12,
    repaymentMethod: 'ANNUITY',
    ltv: '0.3',
    conditions: 'Quarterly financial statements',
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    ...change,
  };
}

export async function makeOfferAs(
  bank: { token: string },
  input: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<GqlResponse<{ makeOffer: MarketOffer }>> {
  return gql<{ makeOffer: MarketOffer }>(
    e2eEnv().gatewayUrl,
    `mutation($input: MakeOfferInput!, $key: String) { makeOffer(input: $input, idempotencyKey: $key) { ${OFFER_FIELDS} } }`,
    { input, key: idempotencyKey ?? null },
    { token: bank.token },
  );
}

/** A fresh bank's open offer on the listing. */
export async function offerFromNewBank(
  listingId: string,
  change: Record<string, unknown> = {},
): Promise<{ bank: TestBank; offer: MarketOffer }> {
  const bank = await registerBankUser();
  const offer = assertGqlData(await makeOfferAs(bank, offerInput(listingId, change))).makeOffer;
  return { bank, offer };
}

/** Runs one of the offer decisions (`acceptOffer`, `declineOffer`, `withdrawOffer`). */
export function decideOffer<M extends 'acceptOffer' | 'declineOffer' | 'withdrawOffer'>(
  who: { token: string },
  mutation: M,
  id: string,
  idempotencyKey?: string,
): Promise<GqlResponse<Record<M, MarketOffer>>> {
  return gql<Record<M, MarketOffer>>(
    e2eEnv().gatewayUrl,
    `mutation($id: ID!, $key: String) { ${mutation}(id: $id, idempotencyKey: $key) { ${OFFER_FIELDS} } }`,
    { id, key: idempotencyKey ?? null },
    { token: who.token },
  );
}

/** Moves the listing's last day two days back, so it is EXPIRED from now on. */
export async function expireListing(id: string): Promise<void> {
  await sql("UPDATE registry.listing SET expires_on = (now() AT TIME ZONE 'Asia/Shanghai')::date - 2 WHERE id = $1", [
    id,
  ]);
}

/** Moves the offer's expiry into the past. */
export async function expireOffer(id: string): Promise<void> {
  await sql("UPDATE registry.offer SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
}
