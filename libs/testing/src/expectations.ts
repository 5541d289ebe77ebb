import assert from 'node:assert/strict';
import type { GqlResponse } from './graphql.js';

/**
 * What must never reach a client: stack frames, driver/ORM error names, SQL text,
 * constraint messages, server paths. (Subgraphs log these under a correlation id.)
 */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /QueryFailedError/,
  /\n\s+at\s/,
  /\bat\s+[\w.<>]+\s+\((?:file:|node:|\/)[^)]*:\d+:\d+\)/,
  /"stacktrace"/i,
  /\b(?:SELECT|INSERT INTO|DELETE FROM)\b/,
  /\bUPDATE\s+"?\w+"?\s+SET\b/,
  /violates (?:check|unique|foreign key|not-null) constraint/,
  /invalid input syntax for type/,
  /node_modules/,
];

/** Throws when a response body shows any of {@link LEAK_PATTERNS}. */
export function assertNoLeak(text: string): void {
  for (const pattern of LEAK_PATTERNS) {
    assert.doesNotMatch(text, pattern, `response leaks internals (${String(pattern)}): ${text.slice(0, 2000)}`);
  }
}

export interface ExpectedGqlError {
  code: string;
  reason?: string;
  field?: string;
  /** Exact HTTP status; by default anything below 500. */
  status?: number;
  /**
   * Text that `extensions.field` or the message must contain, for errors that name their
   * input only in the message (e.g. GraphQL variable coercion: `... at "input.share"`).
   */
  mentions?: string;
}

/**
 * Asserts a failed operation: the first error's `extensions.code` (and `reason` /
 * `field` when given), no 5xx, nothing leaked. Throws an AssertionError showing what came back.
 */
export function assertGqlError(response: GqlResponse, expected: ExpectedGqlError): void {
  assertNoLeak(response.text);
  const ext = response.body.errors?.[0]?.extensions ?? {};
  const actual: Record<string, unknown> = { status: response.status, code: ext.code };
  const wanted: Record<string, unknown> = { status: expected.status ?? response.status, code: expected.code };
  if (expected.reason !== undefined) [actual['reason'], wanted['reason']] = [ext.reason, expected.reason];
  if (expected.field !== undefined) [actual['field'], wanted['field']] = [ext.field, expected.field];
  assert.deepEqual(
    actual,
    wanted,
    `unexpected error; response was HTTP ${response.status}: ${response.text.slice(0, 2000)}`,
  );
  assert.ok(response.status < 500, `HTTP ${response.status} for a client error: ${response.text.slice(0, 2000)}`);
  if (expected.mentions !== undefined) {
    const said = `${String(ext.field ?? '')} ${response.body.errors?.[0]?.message ?? ''}`;
    assert.ok(
      said.includes(expected.mentions),
      `the error does not name ${expected.mentions}: ${response.text.slice(0, 2000)}`,
    );
  }
}

/** Asserts success (HTTP 200, no errors, data present) and returns `data`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function assertGqlData<T = any>(response: GqlResponse<T>): T {
  const data = response.body.data;
  if (response.status !== 200 || response.body.errors !== undefined || data === undefined || data === null) {
    throw new Error(`expected data, got HTTP ${response.status}: ${response.text.slice(0, 2000)}`);
  }
  return data;
}
