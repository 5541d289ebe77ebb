import { randomUUID } from 'node:crypto';
import { Role } from '@app/auth';
import pg from 'pg';
import { e2eEnv } from './e2e-env.js';
import { registerEnterprise } from './fixtures.js';
import type { PledgeParties } from './pledge-fixtures.js';
import { tokenForUser } from './tokens.js';
import { createAsset, ownedBy, registerBankUser, type TestBank } from './valuation-fixtures.js';

/**
 * Fixtures for the city program e2e specs: pledgors in a chosen city and district (the
 * usual fixtures give every enterprise a city of its own), and SQL in the registry schema.
 */

/** A fresh SME in `city`/`district` (and `park`) with a granted patent of main IPC class `ipc`, pledging to `bank`. */
export async function programPledgeParties(
  city: string,
  district: string | null,
  ipc: string,
  bank?: TestBank,
  park?: string,
): Promise<PledgeParties> {
  const [party, lender] = await Promise.all([
    registerEnterprise({ city, district, ...(park === undefined ? {} : { park }) }),
    bank === undefined ? registerBankUser() : Promise.resolve(bank),
  ]);
  const userId = randomUUID();
  const token = await tokenForUser({
    userId,
    login: `sme-${userId.slice(0, 8)}`,
    partyId: party.id,
    roles: [Role.SME],
  });
  const asset = await createAsset({ owners: ownedBy(party), ipcClasses: [ipc] });
  return { sme: { party, userId, token }, bank: lender, assetId: asset.id, assetNumber: asset.number };
}

/** Runs a query with the registry's search_path (for SQL written for the app, unqualified). */
export async function registrySql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eEnv().databaseUrl, options: '-c search_path=registry,public' });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}
