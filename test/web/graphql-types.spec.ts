import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { generateWebTypes } from '@app/web-codegen';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

// Regenerating takes a few seconds (codegen loads the whole public schema).
jest.setTimeout(60_000);

/**
 * The console's public schema and typed documents are committed; like the supergraph,
 * they must match what `npm run codegen:web` would write from the committed supergraph
 * and the console's `graphql(...)` calls.
 */
describe('web console typed documents', () => {
  it('are up to date with the supergraph and the console sources', async () => {
    const files = await generateWebTypes(ROOT);
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining(['apps/web/schema.graphql', 'apps/web/src/gql/gql.ts', 'apps/web/src/gql/graphql.ts']),
    );
    for (const [path, content] of files) {
      const committed = readFileSync(join(ROOT, path), 'utf8');
      if (committed !== content) throw new Error(`${path} is stale: run \`npm run codegen:web\` and commit the result`);
    }
  });
});
