import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** One error as the API sends it (GraphQL errors and the gateway's own JSON answers alike). */
export interface ApiError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** What went wrong, in the terms the mapper needs; built from whatever a call threw. */
export type Problem =
  | { kind: 'api'; status?: number; errors: readonly ApiError[] }
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'unknown' };

/** A sentence for people: never a bare code. */
export interface HumanError {
  title: string;
  detail?: string;
  /** Trying the same thing again may work (network, overload, rate limit). */
  retryable: boolean;
  /** The session is gone: the way out is the login page. */
  signInAgain: boolean;
}

/** Thrown by the console's own fetch calls (login), carrying the API's error body. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly ApiError[],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'ApiCallError';
  }
}

function parseErrors(text: string): ApiError[] {
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as ApiError[]) : [];
  } catch {
    return [];
  }
}

export function toProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return { kind: 'api', errors: error.errors };
  if (error instanceof ApiCallError) {
    return error.errors.length > 0
      ? { kind: 'api', status: error.status, errors: error.errors }
      : { kind: 'http', status: error.status };
  }
  if (ServerError.is(error)) {
    const errors = parseErrors(error.bodyText);
    return errors.length > 0
      ? { kind: 'api', status: error.statusCode, errors }
      : { kind: 'http', status: error.statusCode };
  }
  if (ServerParseError.is(error)) return { kind: 'http', status: error.statusCode };
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { kind: 'network' };
  return { kind: 'unknown' };
}

/** `input.creditCode` -> "credit code"; `line 12: filingDate` -> "line 12: filing date". */
export function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** The server's message without its leading `field:` path, when it has one. */
function serverSentence(error: ApiError): string | undefined {
  const message = error.message?.trim();
  if (message === undefined || message === '') return undefined;
  const field = error.extensions?.['field'];
  const stripped =
    typeof field === 'string' && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

const CONFLICTS: Record<string, string> = {
  TRANSITION_NOT_ALLOWED: 'This step is not possible in the current state. Reload to see the latest state.',
  DISPOSAL_PENDING: "A request of this kind for this patent already awaits the pledgee's decision.",
  IP_ASSET_EXISTS: 'This patent is already in the register.',
  CREDIT_CODE_TAKEN: 'Another party already uses this credit code.',
  ASSET_ALREADY_LISTED: 'This patent is already listed on the marketplace.',
  LISTING_NOT_OPEN: 'This listing is no longer open.',
  OFFER_EXISTS: 'You already have an open offer on this listing.',
  OFFER_NOT_OPEN: 'This offer is no longer open.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different content. Start again from the form.',
  CREDIT_ENTRY_EXISTS: 'This entry is already on the credit calendar.',
  CREDIT_ENTRY_REMOVED: 'This credit calendar entry was removed in the meantime.',
  SUBSIDY_CLAIM_TRANSITION: 'This claim was decided in the meantime. Reload to see its current state.',
  SUBSIDY_RULE_MISSING: 'The city has no subsidy rule in force for this quarter, so no claims can be computed.',
  LPR_MISSING: 'The loan prime rate for this quarter is not recorded yet, so interest subsidies cannot be computed.',
  CLAIM_NOT_FILED: 'This claim was decided in the meantime. Reload to see its current state.',
  FUND_BALANCE_SHORT: "The fund's balance is too low to pay its part of this claim. Record a contribution first.",
  NOT_FUND_ADMINISTRATOR: 'Only the program office that runs this fund can decide its claims.',
  PLEDGE_NOT_REGISTERED: 'The pledge is not registered (any more), so no loan can be made against it.',
  PRINCIPAL_EXCEEDS_CLAIM: "The principal is above the pledge's secured claim.",
  ACTIVE_LOAN_EXISTS: 'This pledge already has a loan under way.',
};

const GENERIC: HumanError = {
  title: 'Something went wrong on our side. Please try again in a moment.',
  retryable: true,
  signInAgain: false,
};

function fromApiError(error: ApiError, status: number | undefined): HumanError {
  const code = error.extensions?.['code'];
  const reason = error.extensions?.['reason'];
  const field = error.extensions?.['field'];
  const plain = { retryable: false, signInAgain: false };
  switch (code) {
    case 'UNAUTHENTICATED':
      return { title: 'Your session has ended. Please sign in again.', retryable: false, signInAgain: true };
    case 'FORBIDDEN':
      return { ...plain, title: 'Your role does not allow this.', detail: serverSentence(error) };
    case 'NOT_FOUND':
      return { ...plain, title: 'We could not find this. It may have been removed, or the link is out of date.' };
    case 'BAD_USER_INPUT':
      return {
        ...plain,
        title: typeof field === 'string' ? `Please check the ${fieldLabel(field)}.` : 'Please check what you entered.',
        detail: serverSentence(error),
      };
    case 'CONFLICT':
      return {
        ...plain,
        title:
          (typeof reason === 'string' ? CONFLICTS[reason] : undefined) ??
          'This conflicts with a change made in the meantime. Reload and try again.',
        detail: typeof reason === 'string' && reason in CONFLICTS ? undefined : serverSentence(error),
      };
    case 'RATE_LIMITED': {
      const seconds = error.extensions?.['retryAfterSeconds'];
      const wait = typeof seconds === 'number' ? `${seconds} second${seconds === 1 ? '' : 's'}` : 'a moment';
      return {
        title: `Too many requests in a short time. Please wait ${wait} and try again.`,
        retryable: true,
        signInAgain: false,
      };
    }
    case 'PAYLOAD_TOO_LARGE':
      return { ...plain, title: 'This is too large to send. Please use a smaller file.' };
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return { ...plain, title: 'The console is out of date for this server. Please reload the page.' };
    default:
      return status === undefined ? GENERIC : fromStatus(status);
  }
}

function fromStatus(status: number): HumanError {
  if (status === 401) return fromApiError({ extensions: { code: 'UNAUTHENTICATED' } }, status);
  if (status === 403) return fromApiError({ extensions: { code: 'FORBIDDEN' } }, status);
  if (status === 404) return fromApiError({ extensions: { code: 'NOT_FOUND' } }, status);
  if (status === 429) return fromApiError({ extensions: { code: 'RATE_LIMITED' } }, status);
  if (status === 502 || status === 503 || status === 504) {
    return {
      title: 'The service is temporarily unavailable. Please try again in a moment.',
      retryable: true,
      signInAgain: false,
    };
  }
  return GENERIC;
}

/** The human sentence for anything a call can throw. */
export function humanError(error: unknown): HumanError {
  const problem = toProblem(error);
  switch (problem.kind) {
    case 'api': {
      // An expired session outranks everything else in the same answer.
      const first = problem.errors.find((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ?? problem.errors[0];
      return first === undefined ? GENERIC : fromApiError(first, problem.status);
    }
    case 'network':
      return {
        title: 'The server cannot be reached. Check your connection and try again.',
        retryable: true,
        signInAgain: false,
      };
    case 'http':
      return fromStatus(problem.status);
    case 'unknown':
      return GENERIC;
  }
}
