import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, Kind, parse, validate, type DocumentNode } from 'graphql';

/**
 * Every GraphQL operation the README shows is valid against the composed public schema,
 * so the examples cannot drift from the API. (Ids in them are placeholders or demo ids;
 * what they return is covered by the e2e suites.)
 */

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const schema = buildASTSchema(
  transformSupergraphToPublicSchema(parse(readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'))),
);

const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const curlQueries = [...readme.matchAll(/"query":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);

// Named by operation type and first field, e.g. "mutation createListing #12".
const operations = [...blocks, ...curlQueries]
  .flatMap((text) => parse(text).definitions)
  .map((definition, i): [string, DocumentNode] => {
    const first = definition.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections[0] : undefined;
    const field = first?.kind === Kind.FIELD ? first.name.value : '?';
    const type = definition.kind === Kind.OPERATION_DEFINITION ? definition.operation : definition.kind;
    return [`${type} ${field} #${i + 1}`, { kind: Kind.DOCUMENT, definitions: [definition] }];
  });

describe('README operations', () => {
  it('shows operations to check', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations)('%s is valid against the supergraph', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
