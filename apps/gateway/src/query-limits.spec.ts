import {
  buildSchema,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { measureOperation, parseWithTokenLimit, queryLimitsRule, QUERY_TOO_COMPLEX } from './query-limits.js';

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node children: [Node!]! }
  type Query { node: Node nodes: [Node!]! }
`);
const LIMITS = { maxDepth: 3, maxAliases: 2, maxFields: 10 };

function errorsOf(query: string): { code: unknown; limit: unknown; max: unknown }[] {
  return validate(schema, parse(query), [...specifiedRules, queryLimitsRule(LIMITS)]).map((e) => ({
    code: e.extensions['code'],
    limit: e.extensions['limit'],
    max: e.extensions['max'],
  }));
}

function shape(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  return measureOperation(operation, (name) => fragments.get(name), 1000);
}

describe('query limits (validation rule)', () => {
  it('accepts an operation at every limit', () => {
    expect(errorsOf('{ node { child { id } } a: nodes { id } b: node { id } }')).toEqual([]);
  });

  it('refuses depth over the limit, counted through fragments and inline fragments', () => {
    expect(errorsOf('{ node { child { child { id } } } }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'depth', max: 3 },
    ]);
    expect(errorsOf('{ node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'depth', max: 3 },
    ]);
  });

  it('refuses aliases over the limit, counting a fragment each time it is spread', () => {
    expect(errorsOf('{ a: node { id } b: node { id } c: node { id } }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'aliases', max: 2 },
    ]);
    expect(errorsOf('{ node { ...F } nodes { ...F } } fragment F on Node { x: id y: id }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'aliases', max: 2 },
    ]);
    expect(errorsOf('{ a: __typename b: __typename c: __typename }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'aliases', max: 2 },
    ]);
  });

  it('refuses more fields than the limit once fragments are expanded', () => {
    expect(errorsOf('{ node { ...F } nodes { ...F } } fragment F on Node { id name child { id name } }')).toEqual([
      { code: QUERY_TOO_COMPLEX, limit: 'fields', max: 10 },
    ]);
  });

  it('stops measuring nested fragment spreads early instead of expanding them exponentially', () => {
    const levels = 30; // 2^30 field selections if expanded
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    const result = shape(`{ node { ...F0 } } ${fragments}`);
    expect(result.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not follow a fragment cycle (graphql-js reports it), and skips introspection subtrees', () => {
    expect(shape('{ node { ...A } } fragment A on Node { child { ...A } }').truncated).toBe(false);
    expect(shape('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toMatchObject({
      depth: 0,
      fields: 0,
    });
  });
});

describe('token limit (parse)', () => {
  it('parses a document within the limit', () => {
    expect(parseWithTokenLimit('{ node { id } }', undefined, 100).kind).toBe(Kind.DOCUMENT);
  });

  it('refuses a longer one with QUERY_TOO_COMPLEX / tokens, not as a syntax error', () => {
    try {
      parseWithTokenLimit(`{ ${'id '.repeat(200)}}`, undefined, 100);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'tokens', max: 100 });
    }
  });

  it('keeps real syntax errors as they are', () => {
    expect(() => parseWithTokenLimit('{ node {', undefined, 100)).toThrow(/Syntax Error: Expected Name/);
  });
});
