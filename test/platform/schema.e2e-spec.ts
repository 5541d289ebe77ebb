import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { composeSupergraph, fetchSubgraphSdl, SUPERGRAPH_PLACEHOLDER_URLS } from '@app/stack';
import { e2eEnv, runScript } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * The committed API contract matches the running code (supergraph and subgraph SDLs),
 * composition rejects conflicting subgraphs, and migrations match the entities.
 */

const SUBGRAPHS = ['valuation', 'pledge-registry'] as const;
const HINT = 'the committed schema is out of date: run `npm run compose` and commit the result';

/** Same order and placeholder URLs as scripts/compose-supergraph.ts. */
async function runningSdls(): Promise<{ name: string; url: string; sdl: string }[]> {
  const urls: Record<(typeof SUBGRAPHS)[number], string> = {
    valuation: env.valuationUrl,
    'pledge-registry': env.registryUrl,
  };
  return Promise.all(
    SUBGRAPHS.map(async (name) => ({
      name,
      url: SUPERGRAPH_PLACEHOLDER_URLS[name] as string,
      sdl: await fetchSubgraphSdl(urls[name], DEV_GATEWAY_SHARED_SECRET),
    })),
  );
}

const withNewline = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);
const committed = (...path: string[]): string => readFileSync(join(env.rootDir, ...path), 'utf8');

function expectSame(actual: string, expected: string, file: string): void {
  if (actual !== expected) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    throw new Error(
      `${file} differs from the running services at line ${line + 1}:\n  committed: ${e[line] ?? '(end of file)'}\n  running:   ${a[line] ?? '(end of file)'}\n${HINT}`,
    );
  }
}

describe('committed schema', () => {
  it("each apps/<subgraph>/schema.graphql equals the running subgraph's SDL", async () => {
    for (const s of await runningSdls())
      expectSame(withNewline(s.sdl), committed('apps', s.name, 'schema.graphql'), `apps/${s.name}/schema.graphql`);
  });

  it('apps/gateway/supergraph.graphql equals a fresh composition of the running subgraphs', async () => {
    expectSame(
      `${composeSupergraph(await runningSdls())}\n`,
      committed('apps', 'gateway', 'supergraph.graphql'),
      'apps/gateway/supergraph.graphql',
    );
  });
});

describe('composeSupergraph', () => {
  const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])';
  const thing = (shareable: boolean): string => `${FED}
    type Thing @key(fields: "id") { id: ID! name: String${shareable ? ' @shareable' : ''} }
    type Query { thing(id: ID!): Thing }`;
  const other = (shareable: boolean): string => `${FED}
    type Thing @key(fields: "id") { id: ID! name: String${shareable ? ' @shareable' : ''} }
    type Query { things: [Thing!]! }`;

  it('composes two subgraphs that share a field marked @shareable (control)', () => {
    const sdl = composeSupergraph([
      { name: 'a', url: 'http://a.invalid/graphql', sdl: thing(true) },
      { name: 'b', url: 'http://b.invalid/graphql', sdl: other(true) },
    ]);
    expect(sdl).toContain('type Thing');
  });

  it('throws when two subgraphs define the same non-shareable field', () => {
    expect(() =>
      composeSupergraph([
        { name: 'a', url: 'http://a.invalid/graphql', sdl: thing(false) },
        { name: 'b', url: 'http://b.invalid/graphql', sdl: other(false) },
      ]),
    ).toThrow(/composition failed[\s\S]*Thing\.name/);
  });

  it('throws when a third subgraph redefines a field the real subgraphs own (IpAsset.latestValuation)', async () => {
    const real = await runningSdls();
    const rogue = {
      name: 'rogue',
      url: 'http://rogue.invalid/graphql',
      sdl: `${FED}\n type IpAsset @key(fields: "id") { id: ID! latestValuation: Int }\n type Query { rogue: Int }`,
    };
    expect(() => composeSupergraph(real)).not.toThrow();
    expect(() => composeSupergraph([...real, rogue])).toThrow(/composition failed[\s\S]*latestValuation/);
  });
});

describe('migrations', () => {
  it.each(SUBGRAPHS)('%s: migration:check finds no drift between entities and migrations', async (app) => {
    const run = await runScript(`dist/apps/${app}/src/cli.js`, ['migration:check']);
    expect({ code: run.code, output: run.stdout + run.stderr }).toEqual({
      code: 0,
      output: expect.stringContaining('no schema drift'),
    });
  });
});
