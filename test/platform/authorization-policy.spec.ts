import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { AUTHORIZATION_POLICY, POLICY_SUBGRAPHS, type PolicySubgraph } from '@app/testing';

/**
 * The authorization matrix against the committed schemas: every root field of the
 * supergraph and of each subgraph has a policy entry, and every entry names a field (or
 * an entity for `_entities.<Type>`) that still exists in its subgraph. Which object fields
 * have resolvers of their own is not in the SDL: each app's authorization-policy.spec.ts
 * checks those against Nest's metadata.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const ROOT_TYPES = ['Query', 'Mutation'];
// Federation's own entry points, covered by the `_entities.<Type>` entries.
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);

interface SchemaFacts {
  /** `Type.field` for every field of every object type (definitions and extensions). */
  fields: Set<string>;
  /** Object types with a resolvable @key. */
  entities: Set<string>;
}

function factsOf(document: DocumentNode): SchemaFacts {
  const fields = new Set<string>();
  const entities = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    for (const field of definition.fields ?? []) fields.add(`${type}.${field.name.value}`);
    const key = definition.directives?.find((d) => d.name.value === 'key');
    const resolvable = key?.arguments?.find((a) => a.name.value === 'resolvable');
    if (key !== undefined && !(resolvable?.value.kind === Kind.BOOLEAN && !resolvable.value.value)) entities.add(type);
  }
  return { fields, entities };
}

const read = (path: string): DocumentNode => parse(readFileSync(join(ROOT, path), 'utf8'));
const subgraphs = Object.fromEntries(
  POLICY_SUBGRAPHS.map((name) => [name, factsOf(read(`apps/${name}/schema.graphql`))]),
) as Record<PolicySubgraph, SchemaFacts>;
const supergraph = factsOf(read('apps/gateway/supergraph.graphql'));

const rootFields = (facts: SchemaFacts): string[] =>
  [...facts.fields].filter((f) => ROOT_TYPES.includes(f.split('.')[0] as string) && !FEDERATION_FIELDS.has(f));

describe('authorization policy vs the composed schema', () => {
  it('reads the schemas (control: an empty parse would pass the checks below)', () => {
    expect(rootFields(supergraph).length).toBeGreaterThan(100);
    expect(subgraphs['pledge-registry'].entities).toContain('IpAsset');
  });

  it('every root field of the supergraph has a policy entry', () => {
    const covered = new Set(POLICY_SUBGRAPHS.flatMap((s) => Object.keys(AUTHORIZATION_POLICY[s])));
    expect(rootFields(supergraph).filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(POLICY_SUBGRAPHS)('every root field and entity of %s has an entry in its own table', (name) => {
    const policy = AUTHORIZATION_POLICY[name];
    const facts = subgraphs[name];
    const wanted = [...rootFields(facts), ...[...facts.entities].map((t) => `_entities.${t}`)];
    expect(wanted.filter((key) => policy[key] === undefined)).toEqual([]);
  });

  it.each(POLICY_SUBGRAPHS)('every entry of %s names a field or entity its schema still has', (name) => {
    const facts = subgraphs[name];
    const stale = Object.keys(AUTHORIZATION_POLICY[name]).filter((key) =>
      key.startsWith('_entities.') ? !facts.entities.has(key.slice('_entities.'.length)) : !facts.fields.has(key),
    );
    expect(stale).toEqual([]);
  });

  it('no root field is claimed by two subgraphs (one decision per field)', () => {
    const [first, second] = POLICY_SUBGRAPHS.map((s) =>
      Object.keys(AUTHORIZATION_POLICY[s]).filter((k) => ROOT_TYPES.includes(k.split('.')[0] as string)),
    );
    expect((first ?? []).filter((k) => (second ?? []).includes(k))).toEqual([]);
  });

  it('no allow list names a caller twice', () => {
    for (const name of POLICY_SUBGRAPHS) {
      for (const [key, entry] of Object.entries(AUTHORIZATION_POLICY[name])) {
        expect([key, new Set(entry.allow).size]).toEqual([key, entry.allow.length]);
      }
    }
  });
});
