import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { e2eEnv } from './e2e-env.js';
import { newEnterpriseInput, type PartyInput } from './credit-code.js';
import { assertGqlData } from './expectations.js';
import { gql } from './graphql.js';
import { patentCsv, type PatentInput } from './patent.js';
import { tokenFor } from './tokens.js';

/**
 * Fixtures and plumbing for e2e specs, all against the platform published by the e2e
 * globalSetup (see e2eEnv): fresh parties, imported assets, SQL checks, CLI runs.
 */

/** Runs `node <script> ...args` (relative to the repo root) with DATABASE_URL = the e2e database (or `extraEnv`'s). */
export function runScript(
  script: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = e2eEnv();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(env.rootDir, script), ...args], {
      env: { ...process.env, DATABASE_URL: env.databaseUrl, LOG_LEVEL: 'warn', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** One query against the e2e database, for facts the API cannot show (e.g. row counts). */
export async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eEnv().databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Registers a fresh enterprise (as program staff); returns the input used and the new id. */
export async function registerEnterprise(overrides: Partial<PartyInput> = {}): Promise<PartyInput & { id: string }> {
  const input = newEnterpriseInput(overrides);
  const res = await gql<{ registerEnterprise: { id: string } }>(
    e2eEnv().gatewayUrl,
    'mutation($input: RegisterPartyInput!) { registerEnterprise(input: $input) { id } }',
    { input },
    { token: await tokenFor('program') },
  );
  return { ...input, id: assertGqlData(res).registerEnterprise.id };
}

export interface StoredAsset {
  id: string;
  number: string;
  kind: string;
  legalStatus: string;
  expiryDate: string | null;
  ipcClasses: string[];
  statusChangedAt: string;
}

interface AssetPage {
  ipAssets: { edges: { node: StoredAsset }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Every asset that lists the party among its owners (all pages), as a registrar sees them. */
export async function assetsOwnedBy(partyId: string): Promise<StoredAsset[]> {
  const token = await tokenFor('registrar');
  const assets: StoredAsset[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await gql<AssetPage>(
      e2eEnv().gatewayUrl,
      `query($f: IpAssetFilter, $after: String) { ipAssets(filter: $f, first: 100, after: $after) {
        edges { node { id number kind legalStatus expiryDate ipcClasses statusChangedAt } } pageInfo { hasNextPage endCursor } } }`,
      { f: { ownerPartyId: partyId }, after },
      { token },
    );
    const page: AssetPage['ipAssets'] = assertGqlData(res).ipAssets;
    assets.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return assets;
    after = page.pageInfo.endCursor;
  }
}

export interface ImportReport {
  rowsRead: number;
  inserted: number;
  updated: number;
  rejected: number;
  rejections: { line: number; field: string; message: string }[];
}

/** Imports CSV text through `importPatents` as a registrar and returns the report. */
export async function importPatentsCsv(csv: string): Promise<ImportReport> {
  const res = await gql<{ importPatents: ImportReport }>(
    e2eEnv().gatewayUrl,
    'mutation($csv: String!) { importPatents(csv: $csv) { rowsRead inserted updated rejected rejections { line field message } } }',
    { csv },
    { token: await tokenFor('registrar') },
  );
  return assertGqlData(res).importPatents;
}

/**
 * Asset fixtures through a path that does not involve createIpAsset: a fresh enterprise
 * becomes the sole owner of every patent, the patents are imported (CSV) and read back.
 */
export async function seedAssets(
  patents: PatentInput[],
): Promise<{ partyId: string; byNumber: Map<string, StoredAsset> }> {
  const party = await registerEnterprise();
  const owned = patents.map((p) => ({
    ...p,
    owners: [{ name: party.name, creditCode: party.creditCode, share: '100' }],
  }));
  const report = await importPatentsCsv(patentCsv(owned));
  if (report.rejected !== 0 || report.inserted !== patents.length)
    throw new Error(`fixture import failed: ${JSON.stringify(report)}`);
  const assets = await assetsOwnedBy(party.id);
  return { partyId: party.id, byNumber: new Map(assets.map((a) => [a.number, a])) };
}
