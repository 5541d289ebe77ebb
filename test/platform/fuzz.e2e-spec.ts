import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { PASS_THROUGH_CODES, PublicErrorCode } from '@app/errors';
import {
  ALL_CALLERS,
  ANONYMOUS_CALLER,
  assertNoLeak,
  e2eEnv,
  gql,
  heapAfterGc,
  processIds,
  publicSchema,
  rootFields,
  rssBytes,
  tokenForUser,
  type Caller,
  type RootField,
} from '@app/testing';

jest.setTimeout(300_000);

const env = e2eEnv();

/**
 * Schema-aware fuzzing through the gateway: random operations on random root fields
 * (queries and mutations) of the public schema, with random selections (bounded depth),
 * hostile arguments (100k-character strings, NUL and other unicode, 1e308, 2^53 + 1,
 * "1e99999", NaN/Infinity, -0, wrong types, deep input objects, made-up enum names,
 * invalid UUIDs, SQL- and HTML-looking text) and a random caller: each role alone or
 * anonymous, acting for a party that does not exist, so nothing of another spec's can be
 * touched and practically no mutation's input is valid.
 *
 * Every answer: no 5xx, JSON, each error's `extensions.code` from the documented set
 * (PublicErrorCode without INTERNAL_SERVER_ERROR, plus the request codes the formatter
 * passes on), no internals (assertNoLeak), under 1 s. The gateway's and the subgraphs'
 * live heap (after a forced GC) may not grow more than 20 % from after a warm-up to the end;
 * resident memory is reported, not asserted (V8 lets it climb under load until a major GC).
 *
 * Reproducible: the seed is fixed and logged; FC_SEED=<n> (or random) explores others.
 */

const requestedSeed = process.env['FC_SEED'];
const SEED =
  requestedSeed === undefined ? 20261121 : requestedSeed === 'random' ? Date.now() % 2 ** 31 : Number(requestedSeed);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
/**
 * Operations before the first heap reading: the gateway's parse, validation and plan caches
 * hold about a thousand documents, and every fuzzed document is new, so they fill first.
 */
const WARM_UP = 1000;
const WIDTH = 6;
const MAX_MS = 1000;
const MAX_HEAP_GROWTH = 0.2;
const MAX_DEPTH = 3;

const DOCUMENTED_CODES: ReadonlySet<string> = new Set([
  ...Object.values(PublicErrorCode).filter((c) => c !== PublicErrorCode.INTERNAL_SERVER_ERROR),
  ...PASS_THROUGH_CODES,
]);

const schema = publicSchema(env.rootDir);
const roots = rootFields(schema);

// ---- hostile values ----------------------------------------------------------------------

// SQL-looking text stays lower case: an error that echoes the input back must not look like
// leaked SQL to assertNoLeak (whose patterns are upper case).
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a'.repeat(100_000),
    '\u0000',
    'nul\u0000in the middle',
    '\u202e\u0645\u0631\u062d\u0628\u0627',
    '\ud800',
    '😀👩‍👩‍👧‍👦',
    "' or '1'='1",
    "x'); drop table ip_asset; --",
    '1 union all select null--',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '${jndi:ldap://x}',
    '../../etc/passwd',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    '2026-02-30',
    '0000-00-00',
    '9999-12-31T99:99:99Z',
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '1e308',
    '1e99999',
    '-1e99999',
    '9007199254740993',
    '0x10',
    '1_000',
    ' 1 ',
    'CNY',
  ),
  fc.uuid().map((u) => u),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.string({ maxLength: 20 }),
);

const hostileNumber = fc.oneof(
  // 2 ** 53 + 1 is 2 ** 53 as a double; its exact digits go as a string (hostileString).
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0, -1, 2 ** 31, -(2 ** 31) - 1, 0.1, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Anything at all: the wrong type for most places. */
const wrongType: fc.Arbitrary<unknown> = fc.letrec<{ any: unknown }>((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('id', 'amount', 'a', '__proto__', 'constructor'), tie('any'), { maxKeys: 3 }),
  ),
})).any;

/** `{a: {a: ... }}` 200 levels deep. */
const deepObject = fc.integer({ min: 50, max: 200 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
    case 'Float':
      return fc.oneof(hostileNumber, hostileString);
    case 'Boolean':
      return fc.oneof(fc.boolean(), hostileString);
    case 'ID':
      return fc.oneof(fc.uuid(), hostileString, hostileNumber);
    default:
      // String, Decimal, LocalDate, DateTime, JSON, ...: strings mostly, numbers sometimes.
      return fc.oneof({ arbitrary: hostileString, weight: 4 }, { arbitrary: hostileNumber, weight: 1 });
  }
}

/** A value shaped like `type` (at the top level at least), hostile in its leaves. */
function inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const named = getNullableType(type);
  const shaped = ((): fc.Arbitrary<unknown> => {
    if (isListType(named)) return fc.array(inputValue(named.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
    if (isEnumType(named))
      return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.value as unknown)), hostileString);
    if (isInputObjectType(named)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(named.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    if (isScalarType(named)) return scalarValue(named.name);
    return wrongType;
  })();
  return fc.oneof(
    { arbitrary: shaped, weight: 8 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: deepObject, weight: depth === 0 ? 1 : 0 },
  );
}

// ---- selections ----------------------------------------------------------------------------

/** A random selection set for `type`, or '' for a leaf; fields needing arguments are left out. */
function selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (isUnionType(named) || depth >= MAX_DEPTH) return fc.constant(' { __typename }');
  if (!isObjectType(named) && !isInterfaceType(named)) return fc.constant(' { __typename }');
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  if (fields.length === 0) return fc.constant(' { __typename }');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(6, fields.length) })
    .chain((picked) => fc.tuple(...picked.map((f) => selection(f.type, depth + 1).map((sub) => `${f.name}${sub}`))))
    .map((parts) => ` { __typename ${parts.join(' ')} }`);
}

// ---- operations ----------------------------------------------------------------------------

interface FuzzCase {
  key: string;
  mutation: boolean;
  caller: Caller;
  query: string;
  variables: Record<string, unknown>;
}

function operation(root: RootField): fc.Arbitrary<Omit<FuzzCase, 'caller'>> {
  const { field, operation: kind, key } = root;
  const args = fc
    .subarray([...field.args])
    .map((optional) =>
      field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || optional.includes(a)),
    );
  return args.chain((used) =>
    fc
      .tuple(
        fc.tuple(...used.map((a) => inputValue(a.type, 0))),
        // Mostly variables of the declared type; sometimes declared as String (a wrong type).
        fc.tuple(...used.map(() => fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))))),
        selection(field.type, 1),
      )
      .map(([values, mistyped, sub]) => {
        const declarations = used.map((a, i) => `$${a.name}: ${mistyped[i] === true ? 'String' : String(a.type)}`);
        const head = declarations.length === 0 ? kind : `${kind}(${declarations.join(', ')})`;
        const callArgs = used.length === 0 ? '' : `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})`;
        return {
          key,
          mutation: kind === 'mutation',
          query: `${head} { ${field.name}${callArgs}${sub} }`,
          variables: Object.fromEntries(used.map((a, i) => [a.name, values[i]])),
        };
      }),
  );
}

const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.constantFrom(...roots), fc.constantFrom(...ALL_CALLERS))
  .chain(([root, caller]) => operation(root).map((op) => ({ ...op, caller })));

// ---- running -------------------------------------------------------------------------------

async function inPool<T>(items: readonly T[], width: number, run: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await run(items[i] as T, i);
      }
    }),
  );
}

const pids = processIds(env.processIds);
const rssOfAll = (): Record<string, number> =>
  Object.fromEntries(Object.entries(pids).map(([app, pid]) => [app, rssBytes(pid)]));
/** Each app's live heap after a forced full GC, bytes. */
const heapsOfAll = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(pids).map(
        async ([app, pid]) => [app, (await heapAfterGc(pid, join(env.logDir, `${app}.log`))).heapUsed] as const,
      ),
    ),
  );
const mib = (bytes: number): number => Math.round(bytes / 1048576);

describe('fuzzing through the gateway', () => {
  it('generates operations on queries and mutations for every caller (control)', () => {
    const sample = fc.sample(fuzzCase, { seed: SEED, numRuns: 300 });
    expect(sample.some((c) => c.mutation)).toBe(true);
    expect(sample.some((c) => !c.mutation)).toBe(true);
    expect(new Set(sample.map((c) => c.caller)).size).toBe(ALL_CALLERS.length);
    expect(new Set(sample.map((c) => c.key)).size).toBeGreaterThan(50);
  });

  it(`${RUNS} random operations: no 5xx, documented codes, no leak, under ${MAX_MS} ms, memory bounded`, async () => {
    process.stdout.write(`fuzz: seed ${SEED} (FC_SEED=${SEED} reproduces), ${RUNS} operations\n`);
    const tokens = new Map<Caller, string | undefined>();
    for (const caller of ALL_CALLERS) {
      const userId = randomUUID();
      tokens.set(
        caller,
        caller === ANONYMOUS_CALLER
          ? undefined
          : await tokenForUser({
              userId,
              login: `fuzz-${caller.toLowerCase()}-${userId.slice(0, 8)}`,
              partyId: randomUUID(),
              roles: [caller],
            }),
      );
    }
    const cases = fc.sample(fuzzCase, { seed: SEED, numRuns: RUNS });
    const violations: string[] = [];
    const slowCases: { c: FuzzCase; ms: number }[] = [];
    const wrote = new Set<string>();
    const codes = new Map<string, number>();
    let maxMs = 0;

    const run = async (c: FuzzCase, i: number): Promise<void> => {
      const token = tokens.get(c.caller);
      const where = `#${i} ${c.key} as ${c.caller}`;
      const started = performance.now();
      let response;
      try {
        response = await gql(env.gatewayUrl, c.query, c.variables, token === undefined ? {} : { token });
      } catch (error) {
        violations.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const ms = performance.now() - started;
      maxMs = Math.max(maxMs, ms);
      if (ms >= MAX_MS) slowCases.push({ c, ms });
      if (response.status >= 500) violations.push(`${where}: HTTP ${response.status} ${response.text.slice(0, 300)}`);
      for (const e of response.body.errors ?? []) {
        const code = String(e.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (!DOCUMENTED_CODES.has(code)) violations.push(`${where}: code ${code}: ${e.message.slice(0, 300)}`);
      }
      try {
        assertNoLeak(response.text);
      } catch (error) {
        violations.push(`${where}: ${error instanceof Error ? error.message.slice(0, 500) : String(error)}`);
      }
      if (c.mutation && response.body.errors === undefined && response.body.data != null) wrote.add(c.key);
    };
    const started = Date.now();
    const rssStart = rssOfAll();
    await inPool(cases.slice(0, WARM_UP), WIDTH, run);
    const heapWarm = await heapsOfAll();
    await inPool(cases.slice(WARM_UP), WIDTH, (c, i) => run(c, i + WARM_UP));
    // The host is shared and other spec files run beside this one, so a request over the limit
    // is sent again on its own: an input that is slow in itself is slow again, and fails.
    const slow: { key: string; ms: number; alone: number; caller: Caller }[] = [];
    for (const { c, ms } of slowCases) {
      const token = tokens.get(c.caller);
      const again = performance.now();
      await gql(env.gatewayUrl, c.query, c.variables, token === undefined ? {} : { token });
      const alone = performance.now() - again;
      if (alone >= MAX_MS) slow.push({ key: c.key, ms: Math.round(ms), alone: Math.round(alone), caller: c.caller });
    }
    const heapEnd = await heapsOfAll();
    const rssEnd = rssOfAll();
    const growth = Object.keys(heapEnd).map((app) => ({
      app,
      growth: (heapEnd[app] as number) / (heapWarm[app] as number) - 1,
    }));
    process.stdout.write(
      `fuzz: ${cases.length} requests in ${Date.now() - started} ms, max ${Math.round(maxMs)} ms; codes ` +
        `${JSON.stringify(Object.fromEntries(codes))}; mutations that succeeded: ${[...wrote].join(', ') || 'none'}; ` +
        `over ${MAX_MS} ms under load: ${slowCases.length}, also alone: ${JSON.stringify(slow)}; MiB heap after GC (warm -> end) / RSS (start -> end): ` +
        Object.keys(heapEnd)
          .map(
            (app) =>
              `${app} ${mib(heapWarm[app] as number)} -> ${mib(heapEnd[app] as number)} / ` +
              `${mib(rssStart[app] as number)} -> ${mib(rssEnd[app] as number)}`,
          )
          .join(', ') +
        '\n',
    );

    expect(violations).toEqual([]);
    expect(slow).toEqual([]);
    expect(growth.filter((g) => g.growth > MAX_HEAP_GROWTH)).toEqual([]);
  });
});
