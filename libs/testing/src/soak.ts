import { performance } from 'node:perf_hooks';
import { e2eEnv } from './e2e-env.js';
import { gql, type GqlResponse } from './graphql.js';
import { createListingAs, makeOfferAs, offerInput, smeWithAssets } from './marketplace-fixtures.js';
import { newEnterpriseInput } from './credit-code.js';
import { newPatentInput, todayInChina } from './patent.js';
import { tokenFor } from './tokens.js';
import { ownedBy, registerBankUser } from './valuation-fixtures.js';

/**
 * A mixed, realistic load through the gateway for the soak checks (the e2e soak spec and
 * bench/soak.ts): the platform's main reads, and writes that always succeed (a new
 * enterprise; a new patent of the soak's own SME listed for a loan and offered on by the
 * soak's own bank). Every request must answer HTTP 200 without errors; anything else is
 * counted as an error with a sample kept. Fixtures come from this library, so the platform
 * is the one e2eEnv() names.
 */

/** How an operation sends its requests, so each one is timed and checked. */
export interface SoakClient {
  gql<T = unknown>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
  /** A fixture's own request (e.g. createListingAs); returns `data`. */
  send<T>(request: () => Promise<GqlResponse<T>>): Promise<T>;
}

export interface SoakOperation {
  name: string;
  /** Relative frequency in the mix. */
  weight: number;
  run(client: SoakClient): Promise<void>;
}

export interface SoakWorkload {
  operations: SoakOperation[];
}

const IP_ASSETS = `query($f: IpAssetFilter) { ipAssets(filter: $f, first: 20) {
  edges { node { id number kind legalStatus expiryDate latestValuation { id method } } } pageInfo { hasNextPage endCursor } } }`;
const PLEDGE_REGISTER = `query { pledgeRegister(first: 20) { edges { node { registrationNumber status } } } }`;
const PROGRAM_DASHBOARD = `query($city: String!, $year: Int!) { programDashboard(city: $city, year: $year) {
  city year quarters { quarter registrations amount } total { registrations amount } enterprisesServed track } }`;
const REPAYMENT_SCHEDULE = `query($input: RepaymentScheduleInput!) { repaymentSchedule(input: $input) {
  lines { number dueDate instalment { amount } interest { amount } principal { amount } } totalInterest { amount } } }`;
const POOLS = `query { securitizationPools { id name status } }`;
const LISTINGS = `query { listings(first: 20) { edges { node { id status amount { amount } } } } }`;
const REGISTER_ENTERPRISE = `mutation($input: RegisterPartyInput!) { registerEnterprise(input: $input) { id } }`;
const CREATE_ASSET = `mutation($input: CreateIpAssetInput!) { createIpAsset(input: $input) { id } }`;

/**
 * Creates the soak's own SME (with one asset) and bank, and returns the operation mix.
 * Writes touch only the soak's parties and the records they create.
 */
export async function prepareSoak(): Promise<SoakWorkload> {
  const [sme, bank] = await Promise.all([smeWithAssets(1), registerBankUser()]);
  const [program, registrar, anySme] = await Promise.all([tokenFor('program'), tokenFor('registrar'), tokenFor('sme')]);
  const year = Number(todayInChina().slice(0, 4));
  const operations: SoakOperation[] = [
    {
      name: 'ipAssets',
      weight: 4,
      run: async (c) => void (await c.gql(IP_ASSETS, { f: { kind: 'INVENTION' } }, anySme)),
    },
    { name: 'pledgeRegister', weight: 3, run: async (c) => void (await c.gql(PLEDGE_REGISTER, {}, program)) },
    {
      name: 'programDashboard',
      weight: 2,
      run: async (c) => void (await c.gql(PROGRAM_DASHBOARD, { city: 'Suzhou', year }, program)),
    },
    {
      name: 'repaymentSchedule',
      weight: 3,
      run: async (c) =>
        void (await c.gql(
          REPAYMENT_SCHEDULE,
          {
            input: {
              principal: '1000000.00',
              annualRate: '0.0435',
              termMonths: 36,
              repaymentMethod: 'ANNUITY',
              disbursementDate: '2026-01-15',
            },
          },
          anySme,
        )),
    },
    { name: 'securitizationPools', weight: 1, run: async (c) => void (await c.gql(POOLS, {}, program)) },
    { name: 'listings', weight: 2, run: async (c) => void (await c.gql(LISTINGS, {}, bank.token)) },
    {
      name: 'registerEnterprise',
      weight: 1,
      run: async (c) => void (await c.gql(REGISTER_ENTERPRISE, { input: newEnterpriseInput() }, program)),
    },
    {
      // A new patent of the soak SME, listed, and an offer on the listing by the soak bank.
      name: 'listing+offer',
      weight: 1,
      run: async (c) => {
        const input = newPatentInput({ owners: ownedBy(sme.party) });
        const asset = (await c.gql<{ createIpAsset: { id: string } }>(CREATE_ASSET, { input }, registrar))
          .createIpAsset;
        const listing = (await c.send(() => createListingAs(sme, { assetIds: [asset.id] }))).createListing;
        await c.send(() => makeOfferAs(bank, offerInput(listing.id)));
      },
    },
  ];
  return { operations };
}

export interface SoakOptions {
  workload: SoakWorkload;
  clients: number;
  durationMs: number;
  /** Called every `sampleEveryMs` while the load runs (resource sampling). */
  onSample?: () => Promise<void>;
  sampleEveryMs?: number;
  /** Deterministic operation choice (a seeded generator); Math.random by default. */
  random?: () => number;
}

export interface SoakReport {
  requests: number;
  errors: number;
  /** Up to ten error samples: operation and the answer. */
  errorSamples: string[];
  byOperation: Record<string, { requests: number; errors: number; maxMs: number }>;
  maxMs: number;
  p99Ms: number;
  seconds: number;
}

/** Closed-loop load: `clients` loops each picking a weighted operation until time is up. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const url = e2eEnv().gatewayUrl;
  const random = options.random ?? Math.random;
  const totalWeight = options.workload.operations.reduce((s, o) => s + o.weight, 0);
  const pick = (): SoakOperation => {
    let r = random() * totalWeight;
    for (const op of options.workload.operations) {
      r -= op.weight;
      if (r < 0) return op;
    }
    return options.workload.operations[options.workload.operations.length - 1] as SoakOperation;
  };
  const latencies: number[] = [];
  const byOperation: SoakReport['byOperation'] = {};
  const samples: string[] = [];
  let errors = 0;

  const clientFor = (name: string): SoakClient => {
    const stats = (byOperation[name] ??= { requests: 0, errors: 0, maxMs: 0 });
    const send = async <T>(request: () => Promise<GqlResponse<T>>): Promise<T> => {
      const started = performance.now();
      let response: GqlResponse<T> | undefined;
      let failure: string | undefined;
      try {
        response = await request();
        if (response.status !== 200 || response.body.errors !== undefined || response.body.data == null)
          failure = `HTTP ${response.status}: ${response.text.slice(0, 500)}`;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const ms = performance.now() - started;
      latencies.push(ms);
      stats.requests++;
      stats.maxMs = Math.max(stats.maxMs, ms);
      if (failure !== undefined) {
        stats.errors++;
        errors++;
        if (samples.length < 10) samples.push(`${name}: ${failure}`);
        throw new SoakRequestFailed(failure);
      }
      return response?.body.data as T;
    };
    return {
      send,
      gql: <T>(query: string, variables: Record<string, unknown>, token: string) =>
        send(() => gql<T>(url, query, variables, { token })),
    };
  };

  const started = performance.now();
  const deadline = started + options.durationMs;
  let sampling = Promise.resolve();
  const timer =
    options.onSample === undefined
      ? undefined
      : setInterval(() => {
          sampling = sampling.then(options.onSample).catch(() => undefined);
        }, options.sampleEveryMs ?? 2000);
  try {
    await Promise.all(
      Array.from({ length: options.clients }, async () => {
        while (performance.now() < deadline) {
          const op = pick();
          try {
            await op.run(clientFor(op.name));
          } catch (error) {
            // Counted where it happened; a fixture step's failure ends only this iteration.
            if (!(error instanceof SoakRequestFailed)) throw error;
          }
        }
      }),
    );
  } finally {
    if (timer !== undefined) clearInterval(timer);
    await sampling;
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    errorSamples: samples,
    byOperation,
    maxMs: Math.round(sorted[sorted.length - 1] ?? 0),
    p99Ms: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

class SoakRequestFailed extends Error {}
