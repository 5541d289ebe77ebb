import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { GraphQLScalarType } from 'graphql';
import { ApolloFederationDriver } from '@nestjs/apollo';
import { createGraphQLErrorFormatter } from '@app/errors';
import type { Logger } from '@app/logging';

/**
 * GraphQL options shared by every subgraph: Federation 2 schema generated from code,
 * one error formatter, no IDE (the gateway serves the only one), and the request on
 * the context so guards can read the gateway-verified identity.
 */
export function subgraphGraphQLOptions(
  logger: Logger,
  scalars: readonly GraphQLScalarType[],
): ApolloFederationDriverConfig {
  return {
    driver: ApolloFederationDriver,
    // Nest emits federation v2.14 by default; the JS composer we use offline (and the
    // gateway) understand up to v2.9, which has every directive we need.
    autoSchemaFile: {
      federation: {
        version: 2,
        importUrl: 'https://specs.apollo.dev/federation/v2.9',
        directives: [
          '@key',
          '@shareable',
          '@external',
          '@requires',
          '@provides',
          '@inaccessible',
          '@tag',
          '@override',
          '@extends',
        ],
      },
    },
    sortSchema: true,
    // Federation rebuilds the schema from printed type definitions, which drops custom
    // scalars' parse and serialize functions; each app hands back the scalars it uses.
    resolvers: Object.fromEntries(scalars.map((scalar) => [scalar.name, scalar])),
    graphiql: false,
    introspection: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    context: ({ req }: { req: unknown }) => ({ req }),
    // Nest runs guards on Query and Mutation only unless told otherwise: without this the
    // @Roles of every @ResolveField and @ResolveReference (the `_entities` entry point) was
    // never checked.
    fieldResolverEnhancers: ['guards'],
    formatError: createGraphQLErrorFormatter((error, requestId) => {
      logger.error({ err: error, requestId }, 'unexpected error');
    }),
  };
}
