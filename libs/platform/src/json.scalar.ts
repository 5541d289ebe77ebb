import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      // Kept as text: JSON payloads here are workings with exact decimals.
      return ast.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      throw new GraphQLError('JSON literals cannot contain variables or enums', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
  }
}

/**
 * Read-only JSON for detailed workings (e.g. a scorecard's per-indicator reasons). Typed
 * fields carry everything a client computes with; JSON carries what it only displays.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON (workings for display; numbers inside are decimal strings)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});
