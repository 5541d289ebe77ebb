import { randomUUID } from 'node:crypto';
import { Role } from '@app/auth';
import { newEnterpriseInput, type PartyInput } from './credit-code.js';
import { e2eEnv } from './e2e-env.js';
import { assertGqlData } from './expectations.js';
import { registerEnterprise } from './fixtures.js';
import { gql } from './graphql.js';
import { newPatentInput, type PatentInput } from './patent.js';
import { tokenFor, tokenForUser } from './tokens.js';
import { uniqueSuffix } from './unique.js';

/**
 * Fixtures for the valuation e2e specs: a bank of one's own (so lender-policy tests do not
 * race the shared demo bank), fresh registry assets, and bounded polling.
 */

export interface TestBank {
  /** The lender party, registered by an admin. */
  partyId: string;
  /** The bank user's id (the platform keeps no user table; tokens carry it). */
  userId: string;
  token: string;
}

/** Registers a fresh lender party (as admin) and signs a BANK token for a new user of it. */
export async function registerBankUser(): Promise<TestBank> {
  const res = await gql<{ registerLender: { id: string } }>(
    e2eEnv().gatewayUrl,
    'mutation($input: RegisterPartyInput!) { registerLender(input: $input) { id } }',
    { input: newEnterpriseInput({ name: `E2E Test Bank ${uniqueSuffix()}` }) },
    { token: await tokenFor('admin') },
  );
  const partyId = assertGqlData(res).registerLender.id;
  const userId = randomUUID();
  const token = await tokenForUser({ userId, login: `bank-${userId.slice(0, 8)}`, partyId, roles: [Role.BANK] });
  return { partyId, userId, token };
}

export interface TestSme {
  /** The enterprise, registered by program staff; its credit code links the assets it owns. */
  party: PartyInput & { id: string };
  userId: string;
  token: string;
}

/**
 * Registers a fresh enterprise and signs an SME token for a new user of it: tests that
 * need an owner of their own assets leave the demo companies' portfolios as seeded.
 */
export async function registerSmeUser(): Promise<TestSme> {
  const party = await registerEnterprise();
  const userId = randomUUID();
  const token = await tokenForUser({
    userId,
    login: `sme-${userId.slice(0, 8)}`,
    partyId: party.id,
    roles: [Role.SME],
  });
  return { party, userId, token };
}

/** The owners of a patent solely held by `party` (linked to it by credit code). */
export function ownedBy(party: PartyInput): PatentInput['owners'] {
  return [{ name: party.name, creditCode: party.creditCode ?? null, share: '100' }];
}

export interface CreatedAsset {
  id: string;
  kind: string;
  number: string;
  expiryDate: string | null;
  legalStatus: string;
  statusChangedAt: string;
  remainingLifeDays: number | null;
  owners: { partyId: string | null }[];
}

/** Records a fresh patent through `createIpAsset` as a registrar (a valid granted invention by default). */
export async function createAsset(
  overrides: Partial<PatentInput> = {},
): Promise<CreatedAsset & { input: PatentInput }> {
  const input = newPatentInput(overrides);
  const res = await gql<{ createIpAsset: CreatedAsset }>(
    e2eEnv().gatewayUrl,
    `mutation($input: CreateIpAssetInput!) { createIpAsset(input: $input) {
      id kind number expiryDate legalStatus statusChangedAt remainingLifeDays owners { partyId } } }`,
    { input },
    { token: await tokenFor('registrar') },
  );
  return { ...assertGqlData(res).createIpAsset, input };
}

/**
 * Calls `probe` until `done` accepts its result, at most `timeoutMs`; throws with the last
 * result when time runs out, so a stuck job fails the test instead of hanging it.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() >= deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
