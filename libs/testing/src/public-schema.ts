import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/**
 * The schema clients see through the gateway: the committed supergraph without its
 * federation directives. Schema-driven specs (authorization matrix, fuzzing) generate
 * their operations from it, so a new root field is covered without editing them.
 */
export function publicSchema(rootDir: string): GraphQLSchema {
  const supergraph = readFileSync(join(rootDir, 'apps/gateway/supergraph.graphql'), 'utf8');
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraph)));
}

export interface RootField {
  operation: 'query' | 'mutation';
  /** `Query.<name>` or `Mutation.<name>`, as the authorization policy names it. */
  key: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every root query and mutation of the schema, queries first. */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (operation: RootField['operation'], type: GraphQLObjectType | null | undefined): RootField[] =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      operation,
      key: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
      field,
    }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}
