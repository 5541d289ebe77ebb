/** A GraphQL error as the platform formats it (see libs/errors/src/format-graphql-error.ts). */
export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; reason?: string; field?: string; [key: string]: unknown };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GqlBody<T = any> {
  data?: T | null;
  errors?: GqlError[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GqlResponse<T = any> {
  status: number;
  body: GqlBody<T>;
  /** The raw response text, for checks such as "no stack trace leaks". */
  text: string;
  headers: Headers;
}

export interface GqlOptions {
  /** Bearer token for `Authorization` (see `tokenFor`). */
  token?: string;
  /** Extra request headers; they win over the defaults. */
  headers?: Record<string, string>;
}

/**
 * POSTs one GraphQL operation and returns status, parsed body, raw text and headers.
 * Never throws on an HTTP error status (tests assert those); throws only when the
 * answer is not JSON, which no endpoint of the platform should ever send for /graphql.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  Object.assign(headers, options.headers);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: GqlBody<T>;
  try {
    body = JSON.parse(text) as GqlBody<T>;
  } catch {
    throw new Error(`POST ${url} answered HTTP ${response.status} with non-JSON: ${text.slice(0, 500)}`);
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** The first error's message and extensions, flattened; throws when the response has no error. */
export function firstError(response: GqlResponse): { message: string; code?: string; reason?: string; field?: string } {
  const error = response.body.errors?.[0];
  if (error === undefined) {
    throw new Error(`expected a GraphQL error, got HTTP ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return {
    message: error.message,
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    field: error.extensions?.field,
  };
}

/** `data`, or a thrown error quoting the response when the operation failed. */
export function dataOf<T>(response: GqlResponse<T>): T {
  if (response.body.errors !== undefined || response.body.data === undefined || response.body.data === null) {
    throw new Error(`expected data, got HTTP ${response.status}: ${response.text.slice(0, 1000)}`);
  }
  return response.body.data;
}
