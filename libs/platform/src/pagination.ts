import { Directive, Field, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { AppException } from '@app/errors';

// Every subgraph with a connection defines PageInfo; federation needs it marked shareable.
@ObjectType('PageInfo', { description: 'Relay page information' })
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function connectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validates `first`, naming the field: pages are bounded so one query cannot dump the table. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppException.badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Opaque keyset cursors: base64url of a JSON array of the sort key values. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** `timestamp`: an ISO instant, as `Date#toISOString` writes a `created_at` sort key. */
export type CursorPart = 'string' | 'number' | 'uuid' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function matches(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'string':
      return typeof value === 'string' && value.length <= 500;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
  }
}

/**
 * Decodes a cursor and checks each part's type, so a forged cursor is a BAD_USER_INPUT on
 * `after` rather than a malformed SQL parameter.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly CursorPart[],
): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === parts.length &&
      parsed.every((v, i) => matches(v, parts[i] as CursorPart))
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw AppException.badInput('after', 'is not a cursor returned by this query');
}

/** Turns rows fetched with limit+1 into a Relay connection. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  hadCursor: boolean,
  keyOf: (row: T) => readonly (string | number)[],
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
