import {
  GraphQLError,
  Kind,
  parse,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Which limit an operation broke; sent as `extensions.limit` with `extensions.code` QUERY_TOO_COMPLEX. */
export type QueryLimitName = 'depth' | 'aliases' | 'fields' | 'tokens';

export interface QueryLimits {
  /** Nesting of field selections; a root field is depth 1. */
  maxDepth: number;
  /** Aliased fields, counted once per place a fragment is spread. */
  maxAliases: number;
  /** Field selections after expanding fragments: a cost bound that fragments cannot multiply. */
  maxFields: number;
  /** Lexical tokens of the document; the parser stops counting (and working) past it. */
  maxTokens: number;
}

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * A request error (never executed): HTTP 400 with application/graphql-response+json, 200
 * with application/json (the runtime reads `http.spec` that way, as the spec asks).
 */
export function queryTooComplex(limit: QueryLimitName, max: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: QUERY_TOO_COMPLEX, limit, max, http: { status: 400, spec: true } },
  });
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export interface OperationShape {
  depth: number;
  aliases: number;
  fields: number;
  /** True when the walk stopped early because the field count passed `fieldBudget`. */
  truncated: boolean;
}

/**
 * Measures an operation with its fragments expanded. Introspection subtrees (`__schema`,
 * `__type`) are not counted: GraphiQL's own introspection query is deeper than any
 * business query, and introspection is switched off in production anyway. The walk stops
 * once the field count passes `fieldBudget`, so nested fragment spreads cannot make the
 * measurement itself exponential; a fragment spread inside itself is not followed again
 * (the standard NoFragmentCycles rule reports it).
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  fieldBudget: number,
): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, fields: 0, truncated: false };
  let visited = 0;
  const expanding = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, depth: number): void => {
    for (const selection of selectionSet.selections) {
      if (shape.truncated) return;
      // Spreads count towards the budget too, so a chain of spreads is bounded like fields.
      if (++visited > fieldBudget * 2) {
        shape.truncated = true;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
        shape.fields += 1;
        if (shape.fields > fieldBudget) {
          shape.truncated = true;
          return;
        }
        if (selection.alias !== undefined) shape.aliases += 1;
        shape.depth = Math.max(shape.depth, depth);
        if (selection.selectionSet !== undefined) walk(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth);
      } else {
        const name = selection.name.value;
        const definition = fragment(name);
        if (definition === null || definition === undefined || expanding.has(name)) continue;
        expanding.add(name);
        walk(definition.selectionSet, depth);
        expanding.delete(name);
      }
    }
  };
  walk(operation.selectionSet, 1);
  return shape;
}

/** A validation rule enforcing depth, alias and field-count limits on every operation. */
export function queryLimitsRule(limits: Omit<QueryLimits, 'maxTokens'>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const shape = measureOperation(operation, (name) => context.getFragment(name), limits.maxFields);
      if (shape.truncated || shape.fields > limits.maxFields) {
        context.reportError(
          queryTooComplex('fields', limits.maxFields, `The operation selects more than ${limits.maxFields} fields`),
        );
      } else if (shape.depth > limits.maxDepth) {
        context.reportError(
          queryTooComplex('depth', limits.maxDepth, `The operation is nested deeper than ${limits.maxDepth} levels`),
        );
      } else if (shape.aliases > limits.maxAliases) {
        context.reportError(
          queryTooComplex('aliases', limits.maxAliases, `The operation uses more than ${limits.maxAliases} aliases`),
        );
      }
      return false;
    },
  });
}

/**
 * graphql-js `parse` with a token limit. graphql-js reports the limit as a plain syntax
 * error ("contains more that N tokens", sic); it is re-raised as QUERY_TOO_COMPLEX so clients can tell "too big" from "broken".
 */
export function parseWithTokenLimit(
  source: string | Source,
  options: ParseOptions | undefined,
  maxTokens: number,
): ReturnType<typeof parse> {
  try {
    return parse(source, { ...options, maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
      throw queryTooComplex('tokens', maxTokens, `The document contains more than ${maxTokens} tokens`);
    }
    throw error;
  }
}
