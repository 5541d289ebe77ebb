import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { GATEWAY_IDENTITY_HEADER, Role, signGatewayIdentity, type Identity } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { ensureDatabaseExists } from '@app/database';
import { demoIdentity } from '@app/demo-data';
import { APPS, freePort, runNode, spawnNode, waitForHttp, type RunningProcess } from '@app/stack';
import { newEnterpriseInput } from './credit-code.js';
import { e2eEnv } from './e2e-env.js';
import { newPatentInput } from './patent.js';
import { EXAMINE_PLEDGE, pledgeContent, SUBMIT_PLEDGE } from './pledge-fixtures.js';
import { uniqueSuffix } from './unique.js';

/**
 * A pledge-registry subgraph process of a spec's own, on a database of its own on the
 * e2e database server: a spec may kill it, or terminate its database sessions, without
 * touching the shared platform other specs run against. Requests go to the subgraph
 * directly, with the identity header the gateway would sign.
 */
export interface PrivateRegistry {
  /** The subgraph's GraphQL URL. */
  url: string;
  databaseUrl: string;
  databaseName: string;
  process(): RunningProcess;
  /** kill -9: no shutdown hook runs, the sockets close with the process. */
  kill(): Promise<void>;
  /** Starts the process again (same port, same database) and waits until it is ready. */
  start(): Promise<void>;
  /** Stops the process and drops the database. */
  dispose(): Promise<void>;
  /** One query against the private database, the registry's schema first on the search path. */
  sql<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
}

export async function startPrivateRegistry(prefix: string): Promise<PrivateRegistry> {
  const env = e2eEnv();
  const databaseName = `${prefix}_${uniqueSuffix()}`.toLowerCase();
  const dbUrl = new URL(env.databaseUrl);
  dbUrl.pathname = `/${databaseName}`;
  const databaseUrl = dbUrl.toString();
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REGISTRY_PORT: String(port),
    VALUATION_URL: env.valuationUrl,
    GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET,
  };
  await ensureDatabaseExists(databaseUrl);
  await runNode(join(env.rootDir, APPS['pledge-registry'].cli as string), ['migrate'], childEnv);

  let proc: RunningProcess | undefined;
  const start = async (): Promise<void> => {
    const started = spawnNode(
      'private-pledge-registry',
      join(env.rootDir, APPS['pledge-registry'].main),
      [],
      childEnv,
      join(env.logDir, `${databaseName}.log`),
    );
    proc = started;
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 60_000, () => {
      const code = started.exitCode();
      return code === null ? null : `private registry exited with ${code}:\n${started.output()}`;
    });
  };
  const sql = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> => {
    const client = new pg.Client({ connectionString: databaseUrl, options: '-c search_path=registry,public' });
    await client.connect();
    try {
      return (await client.query<R>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  await start();
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    databaseUrl,
    databaseName,
    process: () => {
      if (proc === undefined) throw new Error('private registry not started');
      return proc;
    },
    async kill() {
      await proc?.stop('SIGKILL');
    },
    start,
    async dispose() {
      await proc?.stop();
      const admin = new pg.Client({ connectionString: env.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
    sql,
  };
}

/** What a direct subgraph call gives back: the body, or the transport failure (process gone). */
export type SubgraphAnswer =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  | { ok: true; status: number; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }
  | { ok: false; error: string };

/** POSTs one operation to a subgraph as `identity`, signed like the gateway signs it. Never throws. */
export async function callSubgraph(
  url: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SubgraphAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(identity, DEV_GATEWAY_SHARED_SECRET),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return { ok: true, status: response.status, body: (await response.json()) as never };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** `data` of a successful answer, or a thrown error quoting the answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function answerData<T = any>(answer: SubgraphAnswer): T {
  if (!answer.ok || answer.body.errors !== undefined || answer.body.data == null) {
    throw new Error(`expected data, got ${JSON.stringify(answer).slice(0, 1000)}`);
  }
  return answer.body.data as T;
}

interface SubmitData {
  submitPledgeApplication: { application: { id: string; status: string } };
}

/** A pledgor SME user, a pledgee bank user and a granted patent of the SME's, in a private registry. */
export interface PrivateParties {
  sme: Identity;
  bank: Identity;
  smePartyId: string;
  bankPartyId: string;
  assetId: string;
}

const user = (partyId: string, role: Role): Identity => {
  const userId = randomUUID();
  return { userId, login: `${role.toLowerCase()}-${userId.slice(0, 8)}`, partyId, roles: [role], anonymous: false };
};

export async function privateParties(url: string): Promise<PrivateParties> {
  const party = 'mutation($input: RegisterPartyInput!) { p: MUTATION(input: $input) { id } }';
  const enterprise = newEnterpriseInput();
  const [sme, bank] = await Promise.all([
    callSubgraph(url, demoIdentity('program'), party.replace('MUTATION', 'registerEnterprise'), {
      input: enterprise,
    }),
    callSubgraph(url, demoIdentity('admin'), party.replace('MUTATION', 'registerLender'), {
      input: newEnterpriseInput({ name: `E2E Crash Bank ${uniqueSuffix()}` }),
    }),
  ]);
  const smePartyId = answerData<{ p: { id: string } }>(sme).p.id;
  const bankPartyId = answerData<{ p: { id: string } }>(bank).p.id;
  const asset = await callSubgraph(
    url,
    demoIdentity('registrar'),
    'mutation($input: CreateIpAssetInput!) { createIpAsset(input: $input) { id } }',
    {
      input: newPatentInput({
        owners: [{ name: enterprise.name, creditCode: enterprise.creditCode ?? null, share: '100' }],
      }),
    },
  );
  return {
    sme: user(smePartyId, Role.SME),
    bank: user(bankPartyId, Role.BANK),
    smePartyId,
    bankPartyId,
    assetId: answerData<{ createIpAsset: { id: string } }>(asset).createIpAsset.id,
  };
}

/** The joint application's content for the parties' patent (as pledgeInput builds it for the gateway). */
export function privatePledgeInput(
  p: PrivateParties,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return pledgeContent(p.smePartyId, p.bankPartyId, p.assetId, overrides);
}

export function privateSubmit(
  url: string,
  identity: Identity,
  input: Record<string, unknown>,
  key?: string,
): Promise<SubgraphAnswer> {
  return callSubgraph(url, identity, SUBMIT_PLEDGE, { input, key });
}

export function privateExamine(
  url: string,
  id: string,
  decision: Record<string, unknown>,
  key?: string,
): Promise<SubgraphAnswer> {
  return callSubgraph(url, demoIdentity('registrar'), EXAMINE_PLEDGE, { id, decision, key });
}

/** Both parties sign: a SUBMITTED application in the private registry. Returns its id. */
export async function privateSubmittedPledge(url: string, p: PrivateParties): Promise<string> {
  const drafted = answerData<SubmitData>(await privateSubmit(url, p.sme, privatePledgeInput(p)));
  const id = drafted.submitPledgeApplication.application.id;
  const signed = answerData<SubmitData>(await privateSubmit(url, p.bank, privatePledgeInput(p, { applicationId: id })));
  if (signed.submitPledgeApplication.application.status !== 'SUBMITTED') {
    throw new Error(`expected SUBMITTED, got ${JSON.stringify(signed)}`);
  }
  return id;
}
