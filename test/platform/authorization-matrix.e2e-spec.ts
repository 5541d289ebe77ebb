import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { ANONYMOUS, GATEWAY_IDENTITY_HEADER, signGatewayIdentity, type Identity, type Role } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import {
  ALL_CALLERS,
  ANONYMOUS_CALLER,
  AUTHORIZATION_POLICY,
  POLICY_SUBGRAPHS,
  e2eEnv,
  gql,
  publicSchema,
  rootFieldPolicy,
  rootFields,
  tokenForUser,
  type Caller,
  type GqlResponse,
  type PolicySubgraph,
  type RootField,
} from '@app/testing';

jest.setTimeout(120_000);

const env = e2eEnv();

/**
 * The authorization matrix (AUTHORIZATION_POLICY) against the running platform: every root
 * query and mutation of the public schema, called through the gateway by each role alone
 * and anonymously, and every `_entities` reference resolver called on its subgraph.
 *
 * Arguments are generated from the schema: required arguments only, random UUIDs for ids
 * and deliberately poor values elsewhere (empty strings, -1, empty lists, the first enum
 * value). GraphQL coerces argument types before any resolver runs, so the values must be
 * well-typed; everything else (class-validator pipes, NOT_FOUND) runs after RolesGuard, so
 * a denial always shows. Each caller acts for a random party, so row-level rules find
 * nothing of anyone's and no mutation can change a record another spec uses; mutations
 * allowed to a caller must fail (nothing written), which the test asserts too.
 */

const schema = publicSchema(env.rootDir);

const PLACEHOLDERS: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => '',
  Int: () => -1,
  Float: () => -1,
  Boolean: () => false,
  Decimal: () => '-1',
  LocalDate: () => '1900-01-01',
  DateTime: () => '1900-01-01T00:00:00Z',
  JSON: () => ({}),
};

/** A well-typed, deliberately useless value of an input type. */
function placeholder(type: GraphQLInputType): unknown {
  const named = getNullableType(type);
  if (isListType(named)) return [];
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  if (isScalarType(named)) {
    const make = PLACEHOLDERS[named.name];
    if (make === undefined) throw new Error(`no placeholder for scalar ${named.name}: add one`);
    return make();
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

interface RootCall {
  key: string;
  query: string;
  variables: Record<string, unknown>;
}

function rootCall({ operation, key, field }: RootField): RootCall {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNullableType(field.type)) ? '' : ' { __typename }';
  const head = declarations === '' ? operation : `${operation}(${declarations})`;
  return {
    key,
    query: `${head} { ${field.name}${args === '' ? '' : `(${args})`}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, placeholder(a.type)])),
  };
}

const rootCalls: RootCall[] = rootFields(schema).map(rootCall);

/** One caller: a role held alone (or nobody), acting for a party that does not exist. */
function identityOf(caller: Caller): Identity {
  if (caller === ANONYMOUS_CALLER) return ANONYMOUS;
  return {
    userId: randomUUID(),
    login: `authz-${caller.toLowerCase()}-${randomUUID().slice(0, 8)}`,
    partyId: randomUUID(),
    roles: [caller],
    anonymous: false,
  };
}

/** Mutations that succeed on the generated arguments without writing anything, and why. */
const HARMLESS_SUCCESSES: Record<string, string> = {
  'Mutation.importCreditList': 'an empty CSV reads no rows and imports nothing',
};

type Outcome = 'denied' | 'allowed';

/** What the response says about the role check; throws on an answer that says neither. */
function outcomeOf(caller: Caller, response: GqlResponse): { outcome: Outcome; detail: string } {
  const errors = response.body.errors ?? [];
  const codes = errors.map((e) => `${e.extensions?.code ?? '?'}/${e.extensions?.reason ?? '?'}`);
  const detail = codes.length === 0 ? `HTTP ${response.status} data` : codes.join(' ');
  // RolesGuard's refusals: UNAUTHENTICATED for anonymous, FORBIDDEN with the generic reason
  // otherwise. A business rule's FORBIDDEN names its own reason (NOT_YOUR_PARTY, ...).
  const guard = errors.some((e) =>
    caller === ANONYMOUS_CALLER
      ? e.extensions?.code === 'UNAUTHENTICATED'
      : e.extensions?.code === 'FORBIDDEN' && e.extensions.reason === 'FORBIDDEN',
  );
  const unauthenticated = errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return { outcome: guard || unauthenticated ? 'denied' : 'allowed', detail };
}

async function inPool<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const expected = (allow: readonly Caller[], caller: Caller): Outcome => (allow.includes(caller) ? 'allowed' : 'denied');

describe('authorization matrix', () => {
  it('generates a call for every root field of the public schema (control)', () => {
    expect(rootCalls.length).toBeGreaterThan(100);
    expect(rootCalls.filter((c) => rootFieldPolicy(c.key) === undefined).map((c) => c.key)).toEqual([]);
  });

  it('every root query and mutation, through the gateway, for each role alone and anonymous', async () => {
    const tokens = new Map<Caller, string | undefined>();
    for (const caller of ALL_CALLERS) {
      const identity = identityOf(caller);
      tokens.set(
        caller,
        identity.anonymous
          ? undefined
          : await tokenForUser({
              userId: identity.userId as string,
              login: identity.login as string,
              partyId: identity.partyId,
              roles: [...identity.roles] as Role[],
            }),
      );
    }
    const cases = rootCalls.flatMap((call) => ALL_CALLERS.map((caller) => ({ call, caller })));
    const started = Date.now();
    const results = await inPool(cases, 8, async ({ call, caller }) => {
      const token = tokens.get(caller);
      const response = await gql(env.gatewayUrl, call.query, call.variables, token === undefined ? {} : { token });
      const { outcome, detail } = outcomeOf(caller, response);
      const policy = rootFieldPolicy(call.key);
      const want = expected(policy?.allow ?? [], caller);
      const wrote =
        call.key.startsWith('Mutation.') && outcome === 'allowed' && (response.body.errors ?? []).length === 0;
      return { key: call.key, caller, want, outcome, detail, wrote };
    });
    const elapsed = Date.now() - started;
    const wrong = results
      .filter((r) => r.want !== r.outcome)
      .map((r) => `${r.key} as ${r.caller}: expected ${r.want}, got ${r.outcome} (${r.detail})`);
    expect(wrong).toEqual([]);
    // An allowed mutation must still have failed on its input (nothing written), or be a known no-op.
    const succeeded = [...new Set(results.filter((r) => r.wrote).map((r) => r.key))];
    expect(succeeded).toEqual(Object.keys(HARMLESS_SUCCESSES));
    process.stdout.write(
      `authorization matrix: ${rootCalls.length} root fields x ${ALL_CALLERS.length} callers = ${results.length} calls, ` +
        `${results.filter((r) => r.outcome === 'denied').length} denied, ${elapsed} ms\n`,
    );
  });

  const subgraphUrl = (name: PolicySubgraph): string =>
    name === 'pledge-registry' ? env.registryUrl : env.valuationUrl;

  const entityCases = POLICY_SUBGRAPHS.flatMap((subgraph) =>
    Object.entries(AUTHORIZATION_POLICY[subgraph])
      .filter(([key]) => key.startsWith('_entities.'))
      .map(([key, policy]) => ({ subgraph, typename: key.slice('_entities.'.length), allow: policy.allow })),
  );

  it('finds the reference resolvers to call (control)', () => {
    expect(entityCases.map((c) => `${c.subgraph} ${c.typename}`)).toEqual(
      expect.arrayContaining(['pledge-registry IpAsset', 'valuation IpAsset']),
    );
  });

  it('every `_entities` reference resolver, on its subgraph, for each role alone and anonymous', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const wrong: string[] = [];
    for (const { subgraph, typename, allow } of entityCases) {
      for (const caller of ALL_CALLERS) {
        const header = await signGatewayIdentity(identityOf(caller), DEV_GATEWAY_SHARED_SECRET);
        const response = await gql(
          subgraphUrl(subgraph),
          query,
          { r: [{ __typename: typename, id: randomUUID() }] },
          { headers: { [GATEWAY_IDENTITY_HEADER]: header } },
        );
        const { outcome, detail } = outcomeOf(caller, response);
        if (outcome !== expected(allow, caller))
          wrong.push(
            `${subgraph} _entities(${typename}) as ${caller}: expected ${expected(allow, caller)}, got ${outcome} (${detail})`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});
